#include <QTest>

#include <nlohmann/json.hpp>

#include "KubeCapacity.h"

using namespace switchyard;
using nlohmann::json;

namespace {
json node(const char* cpu, const char* memory, const char* ready = "True", bool unschedulable = false)
{
    json n{{"kind", "Node"},
           {"status",
            {{"allocatable", {{"cpu", cpu}, {"memory", memory}, {"pods", "110"}}},
             {"conditions", json::array({{{"type", "MemoryPressure"}, {"status", "False"}},
                                         {{"type", "Ready"}, {"status", ready}}})}}}};
    if (unschedulable)
        n["spec"]["unschedulable"] = true;
    return n;
}
} // namespace

// The capacity rule 9 counts against on Kubernetes: nodes' allocatable, or the namespace's quota.
class KubeCapacityTest : public QObject
{
    Q_OBJECT
private slots:
    void sumsReadySchedulableNodes()
    {
        const json list{
            {"kind", "NodeList"},
            {"items", json::array({node("3800m", "16Gi"), node("2", "8388608Ki"), node("8", "32Gi", "False"),
                                   node("8", "32Gi", "True", true)})}};
        const auto total = KubeCapacity::fromNodes(list);
        QCOMPARE(total.cpuCores, 5.8);
        QCOMPARE(total.memoryGb, 24.0);
    }

    void aQuotaLimitsWhatItNames()
    {
        const json quotas{
            {"kind", "ResourceQuotaList"},
            {"items", json::array({{{"status", {{"hard", {{"requests.cpu", "4"}, {"pods", "10"}}}}}},
                                   {{"spec", {{"hard", {{"cpu", "2500m"}}}}}}})}};
        const auto quota = KubeCapacity::fromQuotas(quotas);
        QVERIFY(quota.cpuCores);
        QCOMPARE(*quota.cpuCores, 2.5);
        QVERIFY(!quota.memoryGb);
        const auto combined = KubeCapacity::combine({10, 40}, quota);
        QCOMPARE(combined.cpuCores, 2.5);
        QCOMPARE(combined.memoryGb, 40.0);
    }

    void malformedListsCountNothing()
    {
        QCOMPARE(KubeCapacity::fromNodes(json::array()).cpuCores, 0.0);
        QCOMPARE(KubeCapacity::fromNodes(json{{"items", json::array({node("lots", "??")})}}).memoryGb, 0.0);
        QVERIFY(!KubeCapacity::fromQuotas(json{{"items", "no"}}).cpuCores);
    }
};

QTEST_APPLESS_MAIN(KubeCapacityTest)
#include "KubeCapacityTest.moc"
