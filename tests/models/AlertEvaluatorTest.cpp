#include <QTest>

#include "AlertEvaluator.h"
#include "MonitorSnapshots.h"

Q_DECLARE_METATYPE(switchyard::MonitorSnapshot)

using namespace switchyard;
using models::AlertEpisode;
using models::AlertEvaluator;
using models::AlertKind;
using models::AlertRule;
using models::AlertRuleBook;
using test::monitorEndpoint;
using test::monitorSnapshot;
using test::monitorVersion;

namespace {

const AlertEvaluator::Cluster kLocal{QStringLiteral("1"), QStringLiteral("http://127.0.0.1:8080"),
                                     QStringLiteral("local")};
const QDateTime kT0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0), Qt::UTC);

QDateTime at(int seconds)
{
    return kT0.addSecs(seconds);
}

// One endpoint "demo" with one version "blue" answering `rps` with `serverErrors` 5xx and `clientErrors`
// 4xx a second, at `p99` ms, in `state`.
MonitorSnapshot demo(double rps, double serverErrors = 0, double p99 = 10,
                     const std::string& state = "Healthy", double clientErrors = 0)
{
    auto v = monitorVersion("blue", rps, state, serverErrors, p99);
    v.clientErrorsPerSecond = clientErrors;
    v.minReplicas = 1;
    v.maxReplicas = 4;
    return monitorSnapshot("t", {monitorEndpoint("demo", {v})});
}

MonitorSnapshot scaled(double desired, double minReplicas = 1, double maxReplicas = 4)
{
    auto v = monitorVersion("blue", 10);
    v.desiredReplicas = desired;
    v.minReplicas = minReplicas;
    v.maxReplicas = maxReplicas;
    return monitorSnapshot("t", {monitorEndpoint("demo", {v})});
}

// Only `kind` on, with `threshold` for `seconds`, for the whole cluster.
AlertRuleBook only(AlertKind kind, double threshold, int seconds, bool countClientErrors = false)
{
    AlertRuleBook book;
    for (const AlertKind k : models::kAlertKinds) {
        AlertRule r = AlertRule::defaults(k);
        r.enabled = k == kind;
        book.set(kLocal.id, {}, k, r);
    }
    book.set(kLocal.id, {}, kind, AlertRule{true, threshold, seconds, countClientErrors});
    return book;
}

} // namespace

// The evaluator alone, on a clock the test turns: thresholds, durations, one firing an episode, the end of
// an episode, gone versions and clusters, and an endpoint's rules over its cluster's.
class AlertEvaluatorTest : public QObject
{
    Q_OBJECT

private slots:
    void thresholds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<bool>("countClientErrors");
        QTest::addColumn<MonitorSnapshot>("snapshot");
        QTest::addColumn<bool>("fires");
        const auto errors = static_cast<int>(AlertKind::ErrorRate);
        const auto p99 = static_cast<int>(AlertKind::LatencyP99);
        const auto state = static_cast<int>(AlertKind::VersionUnhealthy);
        const auto replicas = static_cast<int>(AlertKind::ReplicasAtMaximum);
        QTest::newRow("6 % server errors over 5 %") << errors << 5.0 << false << demo(100, 6) << true;
        QTest::newRow("exactly 5 % is not above 5 %") << errors << 5.0 << false << demo(100, 5) << false;
        QTest::newRow("no request is no error rate") << errors << 0.0 << false << demo(0, 0) << false;
        QTest::newRow("4xx do not count by default")
            << errors << 5.0 << false << demo(100, 0, 10, "Healthy", 50) << false;
        QTest::newRow("4xx count when the rule says so")
            << errors << 5.0 << true << demo(100, 0, 10, "Healthy", 50) << true;
        QTest::newRow("p99 1200 ms over 1000") << p99 << 1000.0 << false << demo(10, 0, 1200) << true;
        QTest::newRow("p99 900 ms under 1000") << p99 << 1000.0 << false << demo(10, 0, 900) << false;
        QTest::newRow("no p99 without requests") << p99 << 0.0 << false << demo(0, 0, std::nan("")) << false;
        QTest::newRow("Failed") << state << 0.0 << false << demo(10, 0, 10, "Failed") << true;
        QTest::newRow("Unhealthy") << state << 0.0 << false << demo(10, 0, 10, "Unhealthy") << true;
        QTest::newRow("Transitioning is not unhealthy")
            << state << 0.0 << false << demo(10, 0, 10, "Transitioning") << false;
        QTest::newRow("4 of max 4 replicas") << replicas << 0.0 << false << scaled(4) << true;
        QTest::newRow("3 of max 4 replicas") << replicas << 0.0 << false << scaled(3) << false;
        QTest::newRow("min = max is the plan") << replicas << 0.0 << false << scaled(2, 2, 2) << false;
    }

    void thresholds()
    {
        QFETCH(int, kind);
        QFETCH(double, threshold);
        QFETCH(bool, countClientErrors);
        QFETCH(MonitorSnapshot, snapshot);
        QFETCH(bool, fires);
        AlertEvaluator evaluator;
        evaluator.setRules(only(static_cast<AlertKind>(kind), threshold, 0, countClientErrors));
        const auto changes = evaluator.observe(kLocal, snapshot, at(0));
        QCOMPARE(changes.size(), fires ? 1u : 0u);
        QCOMPARE(evaluator.firingCount(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(int(changes[0].kind), kind);
            QVERIFY(changes[0].isFiring());
            QCOMPARE(changes[0].endpoint, QStringLiteral("demo"));
            QCOMPARE(changes[0].version, QStringLiteral("blue"));
            QCOMPARE(changes[0].clusterName, QStringLiteral("local"));
        }
    }

    void firesOnlyAfterItsDurationThenOnceAnEpisode()
    {
        AlertEvaluator evaluator;
        evaluator.setRules(only(AlertKind::ErrorRate, 5, 30));
        QVERIFY(evaluator.observe(kLocal, demo(100, 0), at(0)).empty());
        QVERIFY(evaluator.observe(kLocal, demo(100, 20), at(1)).empty()); // the episode starts here
        for (int s = 2; s < 31; ++s)
            QVERIFY2(evaluator.observe(kLocal, demo(100, 20), at(s)).empty(), qPrintable(QString::number(s)));
        const auto fired = evaluator.observe(kLocal, demo(100, 30), at(31));
        QCOMPARE(fired.size(), 1u);
        QCOMPARE(fired[0].started, at(1));
        QCOMPARE(fired[0].fired, at(31));
        QCOMPARE(fired[0].value, 30.0);
        QVERIFY(fired[0].isFiring());
        // Nothing fires again while the condition holds, whatever the number of answers.
        for (int s = 32; s < 100; ++s)
            QVERIFY(evaluator.observe(kLocal, demo(100, s == 50 ? 80 : 20), at(s)).empty());
        QCOMPARE(evaluator.firingCount(), 1);
        const auto ended = evaluator.observe(kLocal, demo(100, 1), at(100));
        QCOMPARE(ended.size(), 1u);
        QCOMPARE(ended[0].id, fired[0].id);
        QCOMPARE(ended[0].started, at(1));
        QCOMPARE(ended[0].ended, at(100));
        QCOMPARE(ended[0].peak, 80.0);
        QVERIFY(!ended[0].isFiring());
        QCOMPARE(evaluator.firingCount(), 0);
        QVERIFY(evaluator.observe(kLocal, demo(100, 1), at(101)).empty());
    }

    void aBreakInTheConditionStartsTheDurationOver()
    {
        AlertEvaluator evaluator;
        evaluator.setRules(only(AlertKind::LatencyP99, 1000, 10));
        for (int s = 0; s < 9; ++s)
            QVERIFY(evaluator.observe(kLocal, demo(10, 0, 2000), at(s)).empty());
        QVERIFY(evaluator.observe(kLocal, demo(10, 0, 50), at(9)).empty()); // one good second
        for (int s = 10; s < 20; ++s)
            QVERIFY(evaluator.observe(kLocal, demo(10, 0, 2000), at(s)).empty());
        QCOMPARE(evaluator.observe(kLocal, demo(10, 0, 2000), at(20)).size(), 1u);
    }

    void aSecondEpisodeFiresAgain()
    {
        AlertEvaluator evaluator;
        evaluator.setRules(only(AlertKind::VersionUnhealthy, 0, 0));
        const auto first = evaluator.observe(kLocal, demo(1, 0, 10, "Failed"), at(0));
        QCOMPARE(first.size(), 1u);
        QCOMPARE(evaluator.observe(kLocal, demo(1, 0, 10, "Healthy"), at(5)).size(), 1u);
        const auto second = evaluator.observe(kLocal, demo(1, 0, 10, "Unhealthy"), at(9));
        QCOMPARE(second.size(), 1u);
        QVERIFY(second[0].id != first[0].id);
        QCOMPARE(second[0].started, at(9));
    }

    void aGoneVersionOrEndpointEndsItsEpisode()
    {
        AlertEvaluator evaluator;
        evaluator.setRules(only(AlertKind::VersionUnhealthy, 0, 0));
        QCOMPARE(evaluator.observe(kLocal, demo(1, 0, 10, "Failed"), at(0)).size(), 1u);
        const auto ended = evaluator.observe(kLocal, monitorSnapshot("t", {}), at(3));
        QCOMPARE(ended.size(), 1u);
        QCOMPARE(ended[0].ended, at(3));
        QCOMPARE(evaluator.firingCount(), 0);
    }

    void anotherClustersAnswerLeavesTheAlertsAlone()
    {
        AlertEvaluator evaluator;
        evaluator.setRules(only(AlertKind::VersionUnhealthy, 0, 0));
        QCOMPARE(evaluator.observe(kLocal, demo(1, 0, 10, "Failed"), at(0)).size(), 1u);
        const AlertEvaluator::Cluster other{QStringLiteral("2"), QStringLiteral("https://other"),
                                            QStringLiteral("other")};
        QVERIFY(evaluator.observe(other, monitorSnapshot("t", {}), at(1)).empty());
        QCOMPARE(evaluator.firingCount(), 1);
        QCOMPARE(evaluator.forget(kLocal.key, at(2)).size(), 1u);
        QCOMPARE(evaluator.firingCount(), 0);
    }

    void disablingTheRuleEndsTheEpisode()
    {
        AlertEvaluator evaluator;
        evaluator.setRules(only(AlertKind::ErrorRate, 5, 0));
        QCOMPARE(evaluator.observe(kLocal, demo(10, 10), at(0)).size(), 1u);
        evaluator.setRules(only(AlertKind::LatencyP99, 1000, 0));
        const auto ended = evaluator.observe(kLocal, demo(10, 10), at(1));
        QCOMPARE(ended.size(), 1u);
        QVERIFY(!ended[0].isFiring());
    }

    void clusterUnreachable()
    {
        AlertEvaluator evaluator;
        evaluator.setRules(only(AlertKind::ClusterUnreachable, 0, 15));
        QVERIFY(evaluator.observeConnection(kLocal, true, {}, at(0)).empty());
        for (int s = 1; s < 16; ++s)
            QVERIFY(
                evaluator.observeConnection(kLocal, false, QStringLiteral("Not responding"), at(s)).empty());
        const auto fired = evaluator.observeConnection(kLocal, false, QStringLiteral("Unreachable"), at(16));
        QCOMPARE(fired.size(), 1u);
        QCOMPARE(fired[0].kind, AlertKind::ClusterUnreachable);
        QCOMPARE(fired[0].started, at(1));
        QCOMPARE(fired[0].detail, QStringLiteral("Unreachable"));
        QVERIFY(fired[0].endpoint.isEmpty());
        QVERIFY(evaluator.observeConnection(kLocal, false, QStringLiteral("Unreachable"), at(17)).empty());
        // The versions' alerts do not end for want of answers.
        const auto ended = evaluator.observeConnection(kLocal, true, {}, at(40));
        QCOMPARE(ended.size(), 1u);
        QCOMPARE(ended[0].ended, at(40));
    }

    void anEndpointsRulesOverrideItsClusters()
    {
        AlertRuleBook book = only(AlertKind::LatencyP99, 1000, 0);
        book.set(kLocal.id, QStringLiteral("demo"), AlertKind::LatencyP99, AlertRule{true, 100, 0, false});
        auto other = monitorVersion("v1", 10, "Healthy", 0, 500);
        auto snapshot = demo(10, 0, 500);
        snapshot.endpoints.push_back(monitorEndpoint("other", {other}));
        AlertEvaluator evaluator;
        evaluator.setRules(book);
        const auto fired = evaluator.observe(kLocal, snapshot, at(0));
        QCOMPARE(fired.size(), 1u); // demo's 100 ms, not the cluster's 1000 ms
        QCOMPARE(fired[0].endpoint, QStringLiteral("demo"));
        QCOMPARE(fired[0].rule.threshold, 100.0);
        // An endpoint can also turn a rule off for itself.
        book.set(kLocal.id, QStringLiteral("demo"), AlertKind::LatencyP99, AlertRule{false, 100, 0, false});
        book.set(kLocal.id, {}, AlertKind::LatencyP99, AlertRule{true, 200, 0, false});
        evaluator.setRules(book);
        const auto changes = evaluator.observe(kLocal, snapshot, at(1));
        QCOMPARE(changes.size(), 2u);
        QCOMPARE(changes[0].endpoint, QStringLiteral("demo"));
        QVERIFY(!changes[0].isFiring());
        QCOMPARE(changes[1].endpoint, QStringLiteral("other"));
        QVERIFY(changes[1].isFiring());
        // Rules of another cluster do not apply here.
        AlertRuleBook elsewhere;
        elsewhere.set(QStringLiteral("https://other"), {}, AlertKind::LatencyP99,
                      AlertRule{true, 1, 0, false});
        QCOMPARE(elsewhere.rule(kLocal.id, QStringLiteral("demo"), AlertKind::LatencyP99),
                 AlertRule::defaults(AlertKind::LatencyP99));
    }

    void theDefaultsFireOnWhatIsBroken()
    {
        AlertEvaluator evaluator; // no rule set: the defaults
        const auto failed = demo(1, 0, 10, "Failed");
        QVERIFY(evaluator.observe(kLocal, failed, at(0)).empty());
        QVERIFY(evaluator.observe(kLocal, failed, at(29)).empty());
        const auto fired = evaluator.observe(kLocal, failed, at(30));
        QCOMPARE(fired.size(), 1u);
        QCOMPARE(fired[0].kind, AlertKind::VersionUnhealthy);
        QCOMPARE(fired[0].rule, AlertRule::defaults(AlertKind::VersionUnhealthy));
    }
};

QTEST_GUILESS_MAIN(AlertEvaluatorTest)
#include "AlertEvaluatorTest.moc"
