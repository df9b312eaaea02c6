// The fake Kubernetes API server's pods: real processes, with logs, graceful deletion, restarts after a
// crash or a failed liveness probe, crash-loop and image-pull back-off, environment from Secrets, rolling
// updates, and no survivors when the fake goes.
#include <set>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QNetworkReply>
#include <QTest>

#include "DeploymentManifest.h"
#include "FakeKubernetesFixture.h"
#include "HttpClient.h"
#include "WatchReader.h"

using namespace switchyard;
using namespace switchyard::test;
using nlohmann::json;

class FakeKubernetesPodsTest : public FakeKubernetesFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startFake());
        QVERIFY(create(versionDeployment("blue", 1)).contains("metadata"));
        QVERIFY2(m_fake.waitForReadyPods(selector("blue"), 1), qPrintable(m_fake.output()));
    }

    void podLogAndGracefulDelete()
    {
        QVERIFY(m_fake.waitForReadyPods(selector("blue"), 1));
        const json pod = m_fake.pods(selector("blue"))[0];
        const QString name = QString::fromStdString(podName(pod));
        const HttpReply log = m_fake.client().get(pods() + "/" + name + "/log?tailLines=5");
        QCOMPARE(log.status, 200);
        QCOMPARE(log.headers.value("content-type"), "text/plain");
        QVERIFY2(log.body.contains("switchyard-replica: serving"), log.body.constData());
        QCOMPARE(m_fake.client().get(pods() + "/nope/log").json().value("reason", ""), "NotFound");

        const HttpReply deleted = m_fake.client().del(pods() + "/" + name);
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.json()["metadata"].contains("deletionTimestamp"));
        JCOMPARE(deleted.json()["metadata"]["deletionGracePeriodSeconds"], 5);
        // The replica exits on SIGTERM well inside the grace period; the Deployment replaces the pod.
        QVERIFY(FakeKubernetes::waitFor(
            [&] { return m_fake.client().get(pods() + "/" + name).status == 404; }, 10000));
        QVERIFY2(m_fake.waitForReadyPods(selector("blue"), 1), qPrintable(m_fake.output()));
        QVERIFY(podName(m_fake.pods(selector("blue"))[0]) != name.toStdString());
    }

    void killedPodRestarts()
    {
        const json pod = m_fake.pods(selector("blue"))[0];
        const QString name = QString::fromStdString(podName(pod));
        QVERIFY(m_fake.killPod(name));
        QVERIFY(FakeKubernetes::waitFor([&] {
            const json now = m_fake.client().get(pods() + "/" + name).json();
            return now.value("/status/containerStatuses/0/restartCount"_json_pointer, 0) == 1 &&
                   now.value("/status/containerStatuses/0/lastState/terminated/exitCode"_json_pointer, 0) ==
                       137;
        }));
        QVERIFY2(m_fake.waitForReadyPods(selector("blue"), 1), qPrintable(m_fake.output()));
        QCOMPARE(podName(m_fake.pods(selector("blue"))[0]), name.toStdString()); // the same pod, restarted
    }

    void crashLoopBackOff()
    {
        json deployment = versionDeployment("crashy", 1);
        auto& container = deployment["spec"]["template"]["spec"]["containers"][0];
        container["command"] = {"/bin/sh", "-c", "echo about to fail; exit 3"};
        container.erase("readinessProbe");
        container.erase("livenessProbe");
        QVERIFY(create(deployment).contains("metadata"));
        QVERIFY(FakeKubernetes::waitFor([&] {
            const json items = m_fake.pods(selector("crashy"));
            return items.size() == 1 && waitingReason(items[0]) == "CrashLoopBackOff";
        }));
        const json pod = m_fake.pods(selector("crashy"))[0];
        JCOMPARE(pod["status"]["containerStatuses"][0]["lastState"]["terminated"]["exitCode"], 3);
        JCOMPARE(pod["status"]["containerStatuses"][0]["lastState"]["terminated"]["reason"], "Error");
        QVERIFY(pod["status"]["containerStatuses"][0]["restartCount"].get<int>() >= 2);
        QVERIFY(!FakeKubernetes::isReady(pod));
        const HttpReply log =
            m_fake.client().get(pods() + "/" + QString::fromStdString(podName(pod)) + "/log?previous=true");
        QVERIFY2(log.body.contains("about to fail"), log.body.constData());
        QCOMPARE(m_fake.client().del(deployments() + "/sy-churn-crashy").status, 200);
        QVERIFY(FakeKubernetes::waitFor([&] { return m_fake.pods(selector("crashy")).empty(); }, 10000));
    }

    void imagePullBackOff()
    {
        json deployment = versionDeployment("nopull", 1);
        deployment["spec"]["template"]["spec"]["containers"][0]["image"] =
            "registry.example/does-not-exist:1";
        QVERIFY(create(deployment).contains("metadata"));
        QVERIFY(FakeKubernetes::waitFor([&] {
            const json items = m_fake.pods(selector("nopull"));
            return items.size() == 1 && waitingReason(items[0]) == "ImagePullBackOff";
        }));
        const json pod = m_fake.pods(selector("nopull"))[0];
        QVERIFY(pod.value("/status/containerStatuses/0/state/waiting/message"_json_pointer, std::string())
                    .find("registry.example/does-not-exist:1") != std::string::npos);
        QCOMPARE(m_fake.client().del(deployments() + "/sy-churn-nopull").status, 200);

        QVERIFY(m_fake.makeUnpullable(QStringLiteral("switchyard/replica:broken")));
        deployment = versionDeployment("broken", 1);
        deployment["spec"]["template"]["spec"]["containers"][0]["image"] = "switchyard/replica:broken";
        QVERIFY(create(deployment).contains("metadata"));
        QVERIFY(FakeKubernetes::waitFor([&] {
            const json items = m_fake.pods(selector("broken"));
            return items.size() == 1 && (waitingReason(items[0]) == "ErrImagePull" ||
                                         waitingReason(items[0]) == "ImagePullBackOff");
        }));
        QCOMPARE(m_fake.client().del(deployments() + "/sy-churn-broken").status, 200);
    }

    void secretsAndSecretEnvironment()
    {
        const QString secrets = "/api/v1/namespaces/" + m_fake.namespaceName() + "/secrets";
        json deployment = commandDeployment("secretive", "echo token=$API_TOKEN; exec sleep 600");
        deployment["spec"]["template"]["spec"]["containers"][0]["env"].push_back(
            {{"name", "API_TOKEN"},
             {"valueFrom", {{"secretKeyRef", {{"name", "sy-token"}, {"key", "token"}}}}}});
        QVERIFY(create(deployment).contains("metadata"));
        QVERIFY(FakeKubernetes::waitFor([&] {
            const json items = m_fake.pods(selector("secretive"));
            return items.size() == 1 && waitingReason(items[0]) == "CreateContainerConfigError";
        }));
        JCOMPARE(m_fake.pods(selector(
                     "secretive"))[0]["status"]["containerStatuses"][0]["state"]["waiting"]["message"],
                 "secret \"sy-token\" not found");

        const HttpReply created = m_fake.client().post(
            secrets, {{"apiVersion", "v1"},
                      {"kind", "Secret"},
                      {"metadata",
                       {{"name", "sy-token"}, {"labels", {{"app.kubernetes.io/managed-by", "switchyard"}}}}},
                      {"stringData", {{"token", "s3cret"}}}});
        QCOMPARE(created.status, 201);
        JCOMPARE(created.json()["data"]["token"], QByteArray("s3cret").toBase64().toStdString());
        QVERIFY(!created.json().contains("stringData"));
        QCOMPARE(m_fake.client().post(secrets, created.json()).json().value("reason", ""), "AlreadyExists");
        QCOMPARE(m_fake.client()
                     .get(secrets + "?labelSelector=app.kubernetes.io%2Fmanaged-by%3Dswitchyard")
                     .json()["items"]
                     .size(),
                 1u);

        QVERIFY2(m_fake.waitForReadyPods(selector("secretive"), 1), qPrintable(m_fake.output()));
        const QString pod = QString::fromStdString(podName(m_fake.pods(selector("secretive"))[0]));
        QVERIFY(FakeKubernetes::waitFor(
            [&] { return m_fake.client().get(pods() + "/" + pod + "/log").body.contains("token=s3cret"); }));

        json stale = created.json();
        stale["metadata"]["resourceVersion"] = "1";
        QCOMPARE(m_fake.client().put(secrets + "/sy-token", stale).json().value("reason", ""), "Conflict");
        json rotated = created.json();
        rotated["data"]["token"] = QByteArray("n3w").toBase64().toStdString();
        QCOMPARE(m_fake.client().put(secrets + "/sy-token", rotated).status, 200);
        JCOMPARE(m_fake.client().get(secrets + "/sy-token").json()["data"]["token"],
                 QByteArray("n3w").toBase64().toStdString());
        QCOMPARE(m_fake.client().del(secrets + "/sy-token").status, 200);
        QCOMPARE(m_fake.client().get(secrets + "/sy-token").json().value("reason", ""), "NotFound");
        QCOMPARE(m_fake.client().del(deployments() + "/sy-churn-secretive").status, 200);
    }

    void rollingUpdateReplacesPods()
    {
        QCOMPARE(m_fake.client()
                     .request("PATCH", deployments() + "/sy-churn-blue/scale", R"({"spec":{"replicas":2}})",
                              "application/merge-patch+json")
                     .status,
                 200);
        QVERIFY2(m_fake.waitForReadyPods(selector("blue"), 2), qPrintable(m_fake.output()));
        std::set<std::string> before;
        for (const auto& pod : m_fake.pods(selector("blue")))
            before.insert(podName(pod));
        const std::string oldHash =
            m_fake.pods(selector("blue"))[0]["metadata"]["labels"]["pod-template-hash"];

        json deployment = m_fake.deployment(QStringLiteral("sy-churn-blue"));
        deployment["spec"]["template"]["spec"]["containers"][0]["env"].push_back(
            {{"name", "ROLLED"}, {"value", "1"}});
        const HttpReply updated = m_fake.client().put(deployments() + "/sy-churn-blue", deployment);
        QCOMPARE(updated.status, 200);
        JCOMPARE(updated.json()["metadata"]["generation"],
                 deployment["metadata"]["generation"].get<int>() + 1);

        QVERIFY2(FakeKubernetes::waitFor([&] {
                     const json items = m_fake.pods(selector("blue"));
                     if (items.size() != 2)
                         return false;
                     for (const auto& pod : items) {
                         if (before.count(podName(pod)) || !FakeKubernetes::isReady(pod) ||
                             pod["metadata"]["labels"]["pod-template-hash"] == oldHash)
                             return false;
                     }
                     return true;
                 }),
                 qPrintable(m_fake.output()));
        QVERIFY(FakeKubernetes::waitFor([&] {
            const json d = m_fake.deployment(QStringLiteral("sy-churn-blue"));
            return d.value("/status/updatedReplicas"_json_pointer, 0) == 2 &&
                   d.value("/status/readyReplicas"_json_pointer, 0) == 2 &&
                   d.value("/status/observedGeneration"_json_pointer, 0) ==
                       d["metadata"]["generation"].get<int>();
        }));
    }

    void livenessFailureRestartsTheContainer()
    {
        json deployment = commandDeployment("unwell", "exec sleep 600");
        deployment["spec"]["template"]["spec"]["containers"][0]["livenessProbe"] = {
            {"httpGet", {{"path", "/health"}, {"port", "http"}}},
            {"periodSeconds", 1},
            {"failureThreshold", 1}};
        deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] = 1;
        QVERIFY(create(deployment).contains("metadata"));
        QVERIFY(FakeKubernetes::waitFor([&] {
            const json items = m_fake.pods(selector("unwell"));
            return items.size() == 1 &&
                   items[0].value("/status/containerStatuses/0/restartCount"_json_pointer, 0) >= 1;
        }));
        QCOMPARE(m_fake.client().del(deployments() + "/sy-churn-unwell").status, 200);
    }

    // A second fake beside the first: its pods take addresses whose port the first one's pods do not hold,
    // and they die with their fake, even when it is killed outright.
    void podsDieWithTheirFake_data()
    {
        QTest::addColumn<bool>("sigkill");
        QTest::newRow("SIGTERM") << false;
        QTest::newRow("SIGKILL") << true;
    }

    void podsDieWithTheirFake()
    {
        QFETCH(bool, sigkill);
        QVERIFY(m_fake.waitForReadyPods(selector("blue"), 2));
        std::set<std::string> taken;
        for (const auto& pod : m_fake.pods(selector("blue")))
            taken.insert(pod["status"]["podIP"].get<std::string>());

        FakeKubernetes other(QStringLiteral("other"));
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        json deployment = versionDeployment("blue", 2);
        deployment["metadata"]["namespace"] = "other";
        QCOMPARE(other.client().post("/apis/apps/v1/namespaces/other/deployments", deployment).status, 201);
        QVERIFY2(other.waitForReadyPods(selector("blue"), 2), qPrintable(other.output()));
        std::vector<std::string> addresses;
        for (const auto& pod : other.pods(selector("blue"))) {
            addresses.push_back(pod["status"]["podIP"].get<std::string>());
            QVERIFY2(!taken.count(addresses.back()), addresses.back().c_str());
        }
        const auto answers = [](const std::string& address) {
            HttpClient client(QUrl(QString::fromStdString("http://" + address + ":8080")));
            client.setTimeoutMs(2000);
            return client.get(QStringLiteral("/health")).status == 200;
        };
        for (const auto& address : addresses)
            QVERIFY(answers(address));
        if (sigkill)
            other.kill9();
        else
            other.stop();
        for (const auto& address : addresses)
            QVERIFY2(FakeKubernetes::waitFor([&] { return !answers(address); }, 15000), address.c_str());
        // The first fake's pods are untouched.
        for (const auto& address : taken)
            QVERIFY(answers(address));
    }

    void cleanupTestCase()
    {
        // A clean exit: no sanitizer report from the fake, which runs every request of this test.
        QCOMPARE(m_fake.stop(), 0);
        QVERIFY2(!m_fake.output().contains("Sanitizer"), qPrintable(m_fake.output()));
    }
};

QTEST_GUILESS_MAIN(FakeKubernetesPodsTest)
#include "FakeKubernetesPodsTest.moc"
