#include <QTest>

#include <nlohmann/json.hpp>

#include "KubernetesNames.h"
#include "PodFacts.h"

using namespace switchyard;
using nlohmann::json;

namespace {
// A pod as the API server sends it (core/v1 Pod), trimmed to the fields that matter here.
json pod(const char* name = "sy-churn-blue-7d9f8c6b5d-x2x7q")
{
    return {{"kind", "Pod"},
            {"metadata",
             {{"name", name},
              {"annotations",
               {{KubernetesNames::kEndpointNameAnnotation, "churn"},
                {KubernetesNames::kVersionNameAnnotation, "blue"}}}}},
            {"status",
             {{"phase", "Running"},
              {"podIP", "10.244.1.7"},
              {"conditions", json::array({{{"type", "Initialized"}, {"status", "True"}},
                                          {{"type", "Ready"}, {"status", "True"}}})},
              {"containerStatuses",
               json::array({{{"name", "replica"},
                             {"ready", true},
                             {"restartCount", 0},
                             {"state", {{"running", {{"startedAt", "2026-11-30T10:00:00Z"}}}}}}})}}}};
}
} // namespace

class PodFactsTest : public QObject
{
    Q_OBJECT
private slots:
    void readsAReadyPod()
    {
        const auto facts = PodFacts::read(pod());
        QVERIFY(facts);
        QCOMPARE(facts->endpoint, std::string("churn"));
        QCOMPARE(facts->version, std::string("blue"));
        QCOMPARE(facts->ip, std::string("10.244.1.7"));
        QVERIFY(facts->ready);
        QVERIFY(!facts->terminating);
        QVERIFY(facts->problem.empty());
    }

    void aTerminatingPodIsMarked()
    {
        auto p = pod();
        p["metadata"]["deletionTimestamp"] = "2026-11-30T10:05:00Z";
        QVERIFY(PodFacts::read(p)->terminating);
    }

    void notReadyUntilTheConditionSaysSo()
    {
        auto p = pod();
        p["status"]["conditions"][1]["status"] = "False";
        QVERIFY(!PodFacts::read(p)->ready);
        p["status"].erase("conditions");
        QVERIFY(!PodFacts::read(p)->ready);
    }

    void stuckContainersAreProblems_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("stuck");
        QTest::newRow("image pull back-off") << "ImagePullBackOff" << true;
        QTest::newRow("image pull error") << "ErrImagePull" << true;
        QTest::newRow("crash loop") << "CrashLoopBackOff" << true;
        QTest::newRow("config error") << "CreateContainerConfigError" << true;
        QTest::newRow("creating") << "ContainerCreating" << false;
        QTest::newRow("initializing") << "PodInitializing" << false;
    }
    void stuckContainersAreProblems()
    {
        QFETCH(QString, reason);
        QFETCH(bool, stuck);
        auto p = pod();
        auto& container = p["status"]["containerStatuses"][0];
        container["state"] = {{"waiting", {{"reason", reason.toStdString()}, {"message", "back-off 10s"}}}};
        container["lastState"] = {{"terminated", {{"exitCode", 3}, {"reason", "Error"}}}};
        const auto facts = PodFacts::read(p);
        QCOMPARE(!facts->problem.empty(), stuck);
        if (stuck) {
            QVERIFY(facts->problem.starts_with(reason.toStdString() + ": back-off 10s"));
            QVERIFY(facts->problem.find("code 3") != std::string::npos);
        }
    }

    // GET …/replicas shows a pod's restarts and start; a missing or malformed field reads as "not known".
    void restartsAndStartTime_data()
    {
        QTest::addColumn<QString>("startTime");
        QTest::addColumn<int>("restartCount");
        QTest::addColumn<qint64>("startedAtUnixMs");
        QTest::addColumn<int>("restarts");
        QTest::newRow("the API server's form")
            << "2026-11-30T10:00:00Z" << 3 << Q_INT64_C(1796032800000) << 3;
        QTest::newRow("with a fraction") << "2026-11-30T10:00:00.25Z" << 0 << Q_INT64_C(1796032800250) << 0;
        QTest::newRow("with an offset") << "2026-11-30T11:30:00+01:30" << 1 << Q_INT64_C(1796032800000) << 1;
        QTest::newRow("not a time") << "yesterday" << -4 << Q_INT64_C(0) << 0;
        QTest::newRow("absent") << "" << 0 << Q_INT64_C(0) << 0;
    }
    void restartsAndStartTime()
    {
        QFETCH(QString, startTime);
        QFETCH(int, restartCount);
        QFETCH(qint64, startedAtUnixMs);
        QFETCH(int, restarts);
        auto p = pod();
        if (!startTime.isEmpty())
            p["status"]["startTime"] = startTime.toStdString();
        p["status"]["containerStatuses"][0]["restartCount"] = restartCount;
        const auto facts = PodFacts::read(p);
        QVERIFY(facts);
        QCOMPARE(facts->startedAtUnixMs, startedAtUnixMs);
        QCOMPARE(facts->restarts, restarts);
    }

    void aFailedPodIsAProblem()
    {
        auto p = pod();
        p["status"]["phase"] = "Failed";
        p["status"]["reason"] = "Evicted";
        const auto facts = PodFacts::read(p);
        QVERIFY(!facts->ready);
        QVERIFY(facts->problem.find("Evicted") != std::string::npos);
    }

    void foreignOrMalformedObjectsAreNotPods()
    {
        auto p = pod();
        p["metadata"]["annotations"].erase(KubernetesNames::kVersionNameAnnotation);
        QVERIFY(!PodFacts::read(p));
        QVERIFY(!PodFacts::read(json::array()));
        QVERIFY(!PodFacts::read(json{{"metadata", 3}}));
        auto odd = pod();
        odd["status"] = "Running";
        QVERIFY(PodFacts::read(odd));
    }
};

QTEST_APPLESS_MAIN(PodFactsTest)
#include "PodFactsTest.moc"
