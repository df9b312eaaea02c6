#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "FakeKubernetes.h"
#include "ScoreLoad.h"
#include "ServerTestBase.h"

using namespace switchyard::test;

// The autoscaler through the real server, on either backend: busy replicas above the target scale the
// version out, a quiet version scales back in after --scale-down-delay, and on Kubernetes each decision
// is the Deployment's replica count (set through its scale subresource).
class AutoscaleTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{
        {"--purpose", "FastProd", "--cpu-cores", "8", "--memory-gb", "16", "--scale-down-delay", "2"}};
    HttpClient m_client;

    json version() { return m_client.get("/api/v1/endpoints/busy/versions/versiona").json(); }
    int ready() { return version()["replicas"].value("ready", 0); }
    int desired() { return version()["replicas"].value("desired", 0); }
    // The Deployment's replica count on Kubernetes; the desired count elsewhere.
    int deployed()
    {
        if (!ServerProcess::onKubernetes())
            return desired();
        const auto deployment = m_server.kubernetes()->deployment(QStringLiteral("sy-busy-versiona"));
        return deployment.is_object() ? deployment["spec"].value("replicas", -1) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        const auto slow = uploadModel(
            m_client, "slow",
            R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]], "bias": [0.5], "work_ms": 150})");
        QVERIFY(!slow.empty());
        EXPECT_STATUS(m_client.post("/api/v1/endpoints", endpointSpec("busy", slow, {{"auth_enabled", false}},
                                                                      {{"autoscale_min_replicas", 1},
                                                                       {"autoscale_max_replicas", 3},
                                                                       {"autoscale_target_utilization", 30},
                                                                       {"autoscale_refresh_seconds", 1},
                                                                       {"max_request_wait_time", 5000}})),
                      201);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_client.get("/api/v1/endpoints/busy").json().value("state", "") == "Healthy", 60000);
    }

    void scalesOutUnderLoadAndBackWhenQuiet()
    {
        QCOMPARE(desired(), 1);
        ScoreLoad load(m_server.url(), QStringLiteral("busy"), {}, 4);
        load.start(100000, 60000);
        // Four requests in flight on one replica: utilization far above 30 %, so the version grows.
        QTRY_VERIFY_WITH_TIMEOUT(desired() >= 2 && ready() >= 2, 45000);
        QTRY_VERIFY_WITH_TIMEOUT(deployed() == desired(), 10000);
        load.stop();
        QVERIFY2(load.succeeded() > 0, qPrintable(load.failures().join('\n')));
        QVERIFY2(load.failed() == 0, qPrintable(load.failures().join('\n')));
        // Quiet for longer than --scale-down-delay: back to the minimum, there too.
        QTRY_VERIFY_WITH_TIMEOUT(desired() == 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(deployed() == 1 && ready() == 1, 30000);
        const auto events = m_client.get("/api/v1/events").json();
        int up = 0, down = 0;
        for (const auto& e : events["events"]) {
            up += e.value("kind", "") == "ScaledUp";
            down += e.value("kind", "") == "ScaledDown";
        }
        QVERIFY2(up >= 1 && down >= 1, events.dump().c_str());
    }
};

QTEST_MAIN(AutoscaleTest)
#include "AutoscaleTest.moc"
