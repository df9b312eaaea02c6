#include <QSignalSpy>
#include <QTest>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "DashboardFeed.h"
#include "MonitorModel.h"
#include "MonitorPoller.h"
#include "ServerProcess.h"

using namespace switchyard;
using namespace switchyard::models;

// The dashboard's figures from the Monitor's answers: the load sparkline of each endpoint starts from the
// server's history, gains one sample a new second, stays bounded, is replaced by the history an answer
// after a gap brings; and, against the real server, the feed follows the poller's clusters.
class DashboardFeedTest : public QObject
{
    Q_OBJECT

    static MonitorSnapshot::Version version(const std::string& name, double utilization, double target)
    {
        MonitorSnapshot::Version v;
        v.name = name;
        v.utilization = utilization;
        v.targetUtilization = target;
        v.desiredReplicas = 2;
        v.readyReplicas = 1;
        return v;
    }
    static MonitorSnapshot snapshot(const std::string& time, std::vector<MonitorSnapshot::Endpoint> endpoints)
    {
        MonitorSnapshot s;
        s.time = time;
        s.endpoints = std::move(endpoints);
        return s;
    }

private slots:
    void loadHistoryTakesTheBusiestVersionEachSecond()
    {
        // Two versions over the same seconds (one with a gap and a second the other lacks): each second
        // takes the busier version relative to its own target, in time order.
        MonitorSnapshot::Endpoint endpoint;
        endpoint.name = "endpoint-001";
        MonitorSnapshot::Version a, b;
        a.name = "versiona";
        a.history.t = {100, 101, 102};
        a.history.utilization = {35.0, MonitorSnapshot::kNoValue, 140.0};
        a.history.targetUtilization = 70;
        b.name = "versionb";
        b.history.t = {99, 100, 101};
        b.history.utilization = {10.0, 25.0, 50.0};
        b.history.targetUtilization = 50;
        endpoint.versions = {a, b};
        const auto load = DashboardFeed::loadHistory(endpoint);
        QCOMPARE(load.size(), std::size_t(4));
        QCOMPARE(load[0], 0.2f); // 99: b 10/50
        QCOMPARE(load[1], 0.5f); // 100: max(a 35/70, b 25/50)
        QCOMPARE(load[2], 1.0f); // 101: a has no sample, b 50/50
        QCOMPARE(load[3], 2.0f); // 102: a 140/70
        // Longer than the sparkline: the newest seconds stay.
        MonitorSnapshot::Endpoint busy;
        MonitorSnapshot::Version v;
        for (int i = 0; i < 300; ++i) {
            v.history.t.push_back(i);
            v.history.utilization.push_back(i);
        }
        busy.versions = {v};
        const auto bounded = DashboardFeed::loadHistory(busy);
        QCOMPARE(bounded.size(), DashboardFeed::kSamples);
        QCOMPARE(bounded.back(), 299.0f / 70.0f);
    }

    void liveSecondsAppendAndAGapIsFilledFromHistory()
    {
        DashboardFeed feed(nullptr);
        QSignalSpy updated(&feed, &DashboardFeed::updated);
        QVERIFY(!feed.endpoints(QStringLiteral("1")));

        // The first answer brings 3 seconds of history.
        MonitorSnapshot::Endpoint demo;
        demo.name = "demo";
        auto blue = version("blue", 35, 70);
        blue.history.t = {10, 11, 12};
        blue.history.utilization = {7, 14, 35};
        blue.history.targetUtilization = 70;
        demo.versions = {blue, version("green", 10, 50)};
        feed.apply(QStringLiteral("1"), snapshot("t12", {demo}));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).toString(), QStringLiteral("1"));
        const auto* endpoints = feed.endpoints(QStringLiteral("1"));
        QVERIFY(endpoints && endpoints->contains("demo"));
        const auto& figures = endpoints->at("demo");
        QCOMPARE(figures.load, std::deque<float>({0.1f, 0.2f, 0.5f}));
        QCOMPARE(figures.versions.size(), std::size_t(2));
        QCOMPARE(figures.version("green")->utilization, 10.0);
        QCOMPARE(figures.version("green")->targetUtilization, 50.0);
        QCOMPARE(figures.version("blue")->desiredReplicas, 2.0);
        QVERIFY(!figures.version("red"));

        // Later answers have no history: a new second adds its busiest load, a repeat of the same second
        // adds nothing.
        MonitorSnapshot::Endpoint live;
        live.name = "demo";
        live.versions = {version("blue", 70, 70), version("green", 60, 50)};
        feed.apply(QStringLiteral("1"), snapshot("t13", {live}));
        QCOMPARE(feed.endpoints(QStringLiteral("1"))->at("demo").load,
                 std::deque<float>({0.1f, 0.2f, 0.5f, 1.2f}));
        feed.apply(QStringLiteral("1"), snapshot("t13", {live}));
        QCOMPARE(feed.endpoints(QStringLiteral("1"))->at("demo").load.size(), std::size_t(4));
        QCOMPARE(updated.count(), 3);

        // Bounded: two minutes of seconds, the oldest drop out.
        for (int i = 0; i < 200; ++i)
            feed.apply(QStringLiteral("1"), snapshot("u" + std::to_string(i), {live}));
        QCOMPARE(feed.endpoints(QStringLiteral("1"))->at("demo").load.size(), DashboardFeed::kSamples);

        // After a gap the poller asks for history again: the answer's history replaces what was kept, so
        // the seconds missed are there.
        MonitorSnapshot::Endpoint after = demo;
        after.versions[0].history.t = {300, 301, 302, 303, 304};
        after.versions[0].history.utilization = {70, 70, 140, 140, 70};
        feed.apply(QStringLiteral("1"), snapshot("t304", {after}));
        QCOMPARE(feed.endpoints(QStringLiteral("1"))->at("demo").load,
                 std::deque<float>({1.f, 1.f, 2.f, 2.f, 1.f}));

        // Another cluster is kept apart; an endpoint that is gone from an answer is dropped.
        feed.apply(QStringLiteral("2"), snapshot("t1", {live}));
        feed.apply(QStringLiteral("1"), snapshot("t305", {}));
        QVERIFY(feed.endpoints(QStringLiteral("1"))->empty());
        QCOMPARE(feed.endpoints(QStringLiteral("2"))->size(), std::size_t(1));
        feed.removeCluster(QStringLiteral("2"));
        QVERIFY(!feed.endpoints(QStringLiteral("2")));
    }

    void aSecondWithoutAnySampleAddsNone()
    {
        DashboardFeed feed(nullptr);
        MonitorSnapshot::Endpoint idle;
        idle.name = "idle";
        idle.versions = {version("only", MonitorSnapshot::kNoValue, 70)};
        feed.apply(QStringLiteral("1"), snapshot("t1", {idle}));
        QVERIFY(feed.endpoints(QStringLiteral("1"))->at("idle").load.empty());
        QVERIFY(!DashboardFeed::loadOf(idle).has_value());
    }

    void followsThePollersClustersAgainstTheRealServer()
    {
        test::ServerProcess server({QStringLiteral("--demo")});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ClusterListModel clusters;
        MonitorModel model;
        MonitorPoller poller(&clusters, &model);
        DashboardFeed feed(&poller);
        ClusterProfile profile;
        profile.url = server.url().toString();
        profile.adminToken = server.adminToken();
        auto* session = new ClusterSession(profile);
        clusters.addSession(session);
        session->start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.endpointsOf(session) && feed.endpointsOf(session)->contains("demo"),
                                 30000);
        QVERIFY(feed.endpointsOf(session) == feed.endpoints(poller.keyOf(session)));
        const auto* demo = &feed.endpointsOf(session)->at("demo");
        QCOMPARE(demo->versions.size(), std::size_t(2));
        // The server samples every second: the sparkline grows with the poller's answers.
        QTRY_VERIFY_WITH_TIMEOUT(feed.endpointsOf(session)->at("demo").load.size() >= 3, 20000);
        for (const auto& v : feed.endpointsOf(session)->at("demo").versions)
            QCOMPARE(v.targetUtilization, 70.0);

        // Detached: the feed has nothing for it.
        clusters.removeSession(clusters.rowOf(session));
        QVERIFY(!feed.endpointsOf(session));
    }
};

QTEST_GUILESS_MAIN(DashboardFeedTest)
#include "DashboardFeedTest.moc"
