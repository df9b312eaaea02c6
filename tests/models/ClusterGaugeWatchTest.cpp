#include <QSignalSpy>
#include <QTest>

#include "ClusterGaugeWatch.h"
#include "SessionTestSupport.h"

using namespace switchyard;
using namespace switchyard::models;
using namespace switchyard::test;

// The cluster gauges against the real server's /metrics: polled only while watched, and they name the
// cluster's versions.
class ClusterGaugeWatchTest : public QObject
{
    Q_OBJECT

private slots:
    void watchingPollsAndNamesTheVersions()
    {
        ChurnServer churn;
        QVERIFY2(churn.start(), qPrintable(churn.errorString()));
        auto& client = churn.client();
        auto& api = churn.api();
        QVERIFY(api.createEndpoint(smallEndpoint("alpha", "churn:1")).ok());

        ClusterGaugeWatch watch(client, {}, [] { return true; });
        QSignalSpy updated(&watch, &ClusterGaugeWatch::updated);
        watch.poll(); // not watched: asks nothing
        QVERIFY(!watch.watching());
        watch.setWatching(true); // polls at once
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 15000);
        const auto* alpha = watch.gauges().endpoint("alpha");
        QVERIFY(alpha);
        QVERIFY(alpha->count("versiona") == 1);
        watch.poll();
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, 15000);
        watch.setWatching(false);
        watch.poll();
        QTest::qWait(500);
        QCOMPARE(updated.count(), 2);
    }

    void aFailedPollIsObservedAndChangesNothing()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto options = optionsFor(server);
        options.adminToken = "not-the-token";
        client::SwitchyardClient client(options);
        int observed = 0;
        ErrorKind kind = ErrorKind::Internal;
        ClusterGaugeWatch watch(
            client,
            [&](const Error* e) {
                ++observed;
                if (e)
                    kind = e->kind;
            },
            [] { return true; });
        QSignalSpy updated(&watch, &ClusterGaugeWatch::updated);
        watch.setWatching(true);
        QTRY_COMPARE_WITH_TIMEOUT(observed, 1, 15000);
        QCOMPARE(kind, ErrorKind::Unauthorized);
        QCOMPARE(updated.count(), 0);
    }
};

QTEST_GUILESS_MAIN(ClusterGaugeWatchTest)
#include "ClusterGaugeWatchTest.moc"
