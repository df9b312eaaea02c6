// The fake Kubernetes API server (tests/support/fakekube) driven directly over HTTPS, for the API's
// semantics: the token and the kubeconfig, Deployments the backend's builder makes becoming replicas on
// their own addresses, scale, resourceVersion preconditions (409), watches (history, 410 after
// compaction, cuts, bookmarks), 403 and 422 shapes, and the API server going down and coming back.
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

class FakeKubernetesTest : public FakeKubernetesFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startFake()); }

    void kubeconfigAndAuth()
    {
        QFile file(m_fake.kubeconfigPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("current-context: fake"));
        QVERIFY(text.contains("server: " + m_fake.url().toString().toUtf8()));
        QVERIFY(text.contains("token: " + m_fake.token().toUtf8()));
        QVERIFY(text.contains("namespace: sy-test"));
        QCOMPARE(m_fake.caCertificates().size(), 1);

        HttpClient anonymous(m_fake.url());
        anonymous.setCaCertificates(m_fake.caCertificates());
        const HttpReply refused = anonymous.get(QStringLiteral("/api/v1/nodes"));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value("kind", ""), "Status");
        QCOMPARE(refused.json().value("reason", ""), "Unauthorized");
        QCOMPARE(refused.json().value("code", 0), 401);

        // An untrusted client fails the TLS handshake: the certificate is the kubeconfig's CA only.
        HttpClient untrusting(m_fake.url(), m_fake.token());
        QCOMPARE(untrusting.get(QStringLiteral("/api/v1/nodes")).status, 0);
    }

    void nodes()
    {
        const json list = m_fake.client().get(QStringLiteral("/api/v1/nodes")).json();
        QCOMPARE(list.value("kind", ""), "NodeList");
        QVERIFY(list["metadata"].contains("resourceVersion"));
        QCOMPARE(list["items"].size(), 2u);
        const json& node = list["items"][0];
        JCOMPARE(node["status"]["allocatable"]["cpu"], "8");
        JCOMPARE(node["status"]["allocatable"]["memory"], "16Gi");
        JCOMPARE(node["status"]["conditions"][0]["type"], "Ready");
        JCOMPARE(node["status"]["conditions"][0]["status"], "True");
    }

    void deploymentPodsServeOnTheirOwnAddresses()
    {
        const json created = create(versionDeployment("blue", 2));
        QCOMPARE(created.value("kind", ""), "Deployment");
        JCOMPARE(created["metadata"]["generation"], 1);
        QVERIFY(!created["metadata"].value("resourceVersion", "").empty());

        const HttpReply again = m_fake.client().post(deployments(), versionDeployment("blue", 2));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json().value("reason", ""), "AlreadyExists");
        QCOMPARE(again.json().value("message", ""), "deployments.apps \"sy-churn-blue\" already exists");

        QVERIFY2(m_fake.waitForReadyPods(selector("blue"), 2), qPrintable(m_fake.output()));
        std::set<std::string> addresses;
        for (const auto& pod : m_fake.pods(selector("blue"))) {
            const std::string ip = pod["status"]["podIP"];
            QVERIFY2(ip.rfind("127.", 0) == 0 && ip.rfind("127.0.0.", 0) != 0, ip.c_str());
            addresses.insert(ip);
            QVERIFY(QString::fromStdString(podName(pod)).startsWith("sy-churn-blue-"));
            JCOMPARE(pod["metadata"]["ownerReferences"][0]["kind"], "ReplicaSet");
            QVERIFY(pod["metadata"]["labels"].contains("pod-template-hash"));
            JCOMPARE(pod["status"]["phase"], "Running");
            JCOMPARE(pod["status"]["containerStatuses"][0]["ready"], true);

            HttpClient scorer(QUrl(QString::fromStdString("http://" + ip + ":8080")));
            const HttpReply score = scorer.request("POST", QStringLiteral("/score"),
                                                   R"({"data": [[1.0, 2.0]]})", "application/json");
            QCOMPARE(score.status, 200);
            JCOMPARE(score.json()["result"][0][0], 5.5);
        }
        QCOMPARE(addresses.size(), 2u);

        QVERIFY(FakeKubernetes::waitFor([&] {
            const json d = m_fake.deployment(QStringLiteral("sy-churn-blue"));
            return d.value("/status/readyReplicas"_json_pointer, 0) == 2 &&
                   d.value("/status/availableReplicas"_json_pointer, 0) == 2 &&
                   d.value("/status/observedGeneration"_json_pointer, 0) == 1;
        }));
        const json list =
            m_fake.client().get(deployments() + "?labelSelector=switchyard.io%2Fendpoint%3Dchurn").json();
        QCOMPARE(list.value("kind", ""), "DeploymentList");
        QCOMPARE(list["items"].size(), 1u);
        QVERIFY(!list["metadata"].value("resourceVersion", "").empty());
        QCOMPARE(m_fake.client()
                     .get(deployments() + "?labelSelector=switchyard.io%2Fendpoint%3Dother")
                     .json()["items"]
                     .size(),
                 0u);
        // Field selectors: by name, and a 400 for a field the API does not index.
        const std::string first = podName(m_fake.pods(selector("blue"))[0]);
        const json byName =
            m_fake.client()
                .get(pods() + "?fieldSelector=metadata.name%3D" + QString::fromStdString(first))
                .json();
        QCOMPARE(byName["items"].size(), 1u);
        JCOMPARE(byName["items"][0]["metadata"]["name"], first);
        QCOMPARE(m_fake.client().get(pods() + "?fieldSelector=spec.image%3Dx").status, 400);
    }

    void scaleChecksResourceVersion()
    {
        const QString scalePath = deployments() + "/sy-churn-blue/scale";
        const json scale = m_fake.client().get(scalePath).json();
        QCOMPARE(scale.value("kind", ""), "Scale");
        QCOMPARE(scale.value("apiVersion", ""), "autoscaling/v1");
        JCOMPARE(scale["spec"]["replicas"], 2);
        const std::string version = scale["metadata"]["resourceVersion"];

        const HttpReply stale = m_fake.client().put(
            scalePath, DeploymentManifest::scale("sy-churn-blue", "sy-test", 3,
                                                 std::to_string(std::stoll(version) - 1)));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.json().value("reason", ""), "Conflict");
        JCOMPARE(m_fake.client().get(scalePath).json()["spec"]["replicas"], 2);

        const HttpReply scaled =
            m_fake.client().put(scalePath, DeploymentManifest::scale("sy-churn-blue", "sy-test", 3, version));
        QCOMPARE(scaled.status, 200);
        JCOMPARE(scaled.json()["spec"]["replicas"], 3);
        JCOMPARE(m_fake.deployment(QStringLiteral("sy-churn-blue"))["metadata"]["generation"], 2);
        QVERIFY2(m_fake.waitForReadyPods(selector("blue"), 3), qPrintable(m_fake.output()));

        // Without a resourceVersion there is no precondition; a merge patch works too.
        QCOMPARE(
            m_fake.client().put(scalePath, DeploymentManifest::scale("sy-churn-blue", "sy-test", 2)).status,
            200);
        const HttpReply patched = m_fake.client().request("PATCH", scalePath, R"({"spec":{"replicas":1}})",
                                                          "application/merge-patch+json");
        QCOMPARE(patched.status, 200);
        JCOMPARE(patched.json()["spec"]["replicas"], 1);
        QVERIFY2(m_fake.waitForReadyPods(selector("blue"), 1), qPrintable(m_fake.output()));
    }

    void deploymentUpdateChecksResourceVersion()
    {
        json current = m_fake.deployment(QStringLiteral("sy-churn-blue"));
        json stale = current;
        stale["metadata"]["resourceVersion"] = "1";
        const HttpReply refused = m_fake.client().put(deployments() + "/sy-churn-blue", stale);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json().value("reason", ""), "Conflict");
        QVERIFY(refused.json().value("message", "").find("the object has been modified") !=
                std::string::npos);

        current["metadata"]["labels"]["extra"] = "yes";
        const HttpReply updated = m_fake.client().put(deployments() + "/sy-churn-blue", current);
        QCOMPARE(updated.status, 200);
        JCOMPARE(updated.json()["metadata"]["labels"]["extra"], "yes");
        JCOMPARE(updated.json()["metadata"]["generation"],
                 current["metadata"]["generation"]); // no spec change
        QVERIFY(updated.json()["metadata"]["resourceVersion"] != current["metadata"]["resourceVersion"]);
    }

    void watchStreamsPodEvents()
    {
        const json list =
            m_fake.client().get(pods() + "?labelSelector=switchyard.io%2Fversion%3Dblue").json();
        const std::string version = list["metadata"]["resourceVersion"];
        WatchReader watch(m_fake,
                          pods() + "?watch=1&labelSelector=switchyard.io%2Fversion%3Dblue&resourceVersion=" +
                              QString::fromStdString(version));
        QCOMPARE(m_fake.client()
                     .request("PATCH", deployments() + "/sy-churn-blue/scale", R"({"spec":{"replicas":2}})",
                              "application/merge-patch+json")
                     .status,
                 200);
        const int added = watch.waitFor([](const json& e) { return e["type"] == "ADDED"; });
        QVERIFY(added >= 0);
        const std::string name = podName(watch.events()[static_cast<std::size_t>(added)]["object"]);
        QVERIFY(watch.waitFor([&](const json& e) {
            return e["type"] == "MODIFIED" && podName(e["object"]) == name &&
                   FakeKubernetes::isReady(e["object"]);
        }) > added);

        QCOMPARE(m_fake.client()
                     .request("PATCH", deployments() + "/sy-churn-blue/scale", R"({"spec":{"replicas":1}})",
                              "application/merge-patch+json")
                     .status,
                 200);
        const int terminating = watch.waitFor([](const json& e) {
            return e["type"] == "MODIFIED" && e["object"]["metadata"].contains("deletionTimestamp");
        });
        QVERIFY(terminating >= 0);
        QVERIFY(!FakeKubernetes::isReady(watch.events()[static_cast<std::size_t>(terminating)]["object"]));
        QVERIFY(watch.waitFor([](const json& e) { return e["type"] == "DELETED"; },
                              static_cast<std::size_t>(terminating)) > terminating);
        // Every event is newer than the one before it.
        long long previous = std::stoll(version);
        for (const auto& event : watch.events()) {
            const long long current =
                std::stoll(event["object"]["metadata"]["resourceVersion"].get<std::string>());
            QVERIFY(current > previous);
            previous = current;
        }

        // From resourceVersion 0: every existing pod as ADDED first.
        WatchReader fromStart(
            m_fake, pods() + "?watch=1&resourceVersion=0&labelSelector=switchyard.io%2Fversion%3Dblue");
        QVERIFY(fromStart.waitFor([](const json& e) { return e["type"] == "ADDED"; }) == 0);
    }

    void compactedHistoryIsGone()
    {
        const std::string old = m_fake.client().get(pods()).json()["metadata"]["resourceVersion"];
        QVERIFY(m_fake.compact());
        WatchReader watch(m_fake, pods() + "?watch=1&resourceVersion=" + QString::fromStdString(old));
        QVERIFY(FakeKubernetes::waitFor([&] { return watch.finished(); }, 10000));
        QCOMPARE(watch.status(), 200);
        const auto events = watch.events();
        QCOMPARE(events.size(), 1u);
        JCOMPARE(events[0]["type"], "ERROR");
        JCOMPARE(events[0]["object"]["kind"], "Status");
        JCOMPARE(events[0]["object"]["code"], 410);
        // A list after the compaction can be watched from.
        const std::string fresh = m_fake.client().get(pods()).json()["metadata"]["resourceVersion"];
        WatchReader resumed(m_fake, pods() + "?watch=1&resourceVersion=" + QString::fromStdString(fresh));
        QTest::qWait(300);
        QVERIFY(!resumed.finished());
    }

    void watchCutEndsStreams()
    {
        WatchReader watch(m_fake, pods() + "?watch=1&resourceVersion=0");
        QVERIFY(watch.waitFor([](const json& e) { return e["type"] == "ADDED"; }) >= 0);
        QVERIFY(!watch.finished());
        QVERIFY(m_fake.cutWatches());
        QVERIFY(FakeKubernetes::waitFor([&] { return watch.finished(); }, 10000));
        QVERIFY(watch.error() != QNetworkReply::NoError); // cut, not a clean end of stream
    }

    void forbiddenVerb()
    {
        QVERIFY(m_fake.forbid(QStringLiteral("create"), QStringLiteral("deployments")));
        const HttpReply refused = m_fake.client().post(deployments(), versionDeployment("green", 1));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value("reason", ""), "Forbidden");
        QCOMPARE(
            refused.json().value("message", ""),
            "deployments.apps is forbidden: User \"system:serviceaccount:sy-test:switchyard\" cannot create "
            "resource \"deployments\" in API group \"apps\" in the namespace \"sy-test\"");
        QCOMPARE(m_fake.client().get(deployments()).status, 200); // only that verb
        QVERIFY(m_fake.allowAll());
        QCOMPARE(m_fake.client().post(deployments(), versionDeployment("green", 0)).status, 201);
    }

    void forcedConflicts()
    {
        QVERIFY(m_fake.forceConflicts(1));
        const QString scalePath = deployments() + "/sy-churn-green/scale";
        const json scale = m_fake.client().get(scalePath).json();
        QCOMPARE(m_fake.client().put(scalePath, scale).status, 409);
        QCOMPARE(m_fake.client().put(scalePath, scale).status, 200);
    }

    void requestsAreRecorded()
    {
        const json requests = m_fake.requests();
        QVERIFY(requests.is_array() && !requests.empty());
        bool sawCreate = false;
        for (const auto& request : requests) {
            if (request["method"] == "POST" && request["path"] == deployments().toStdString() &&
                request["body"].get<std::string>().find("sy-churn-blue") != std::string::npos)
                sawCreate = true;
        }
        QVERIFY(sawCreate);
    }

    void deploymentWatchBookmarksAndTimeout()
    {
        WatchReader watch(m_fake,
                          deployments() + "?watch=true&allowWatchBookmarks=true&resourceVersion=" +
                              QString::fromStdString(
                                  m_fake.client().get(deployments()).json()["metadata"]["resourceVersion"]));
        QCOMPARE(m_fake.client()
                     .request("PATCH", deployments() + "/sy-churn-green/scale", R"({"spec":{"replicas":1}})",
                              "application/merge-patch+json")
                     .status,
                 200);
        QVERIFY(watch.waitFor([](const json& e) {
            return e["type"] == "MODIFIED" && e["object"]["kind"] == "Deployment" &&
                   e["object"]["spec"]["replicas"] == 1;
        }) >= 0);
        const int bookmark = watch.waitFor([](const json& e) { return e["type"] == "BOOKMARK"; });
        QVERIFY(bookmark >= 0);
        QVERIFY(!watch.events()[static_cast<std::size_t>(bookmark)]["object"]["metadata"]
                     .value("resourceVersion", "")
                     .empty());

        WatchReader bounded(m_fake, pods() + "?watch=1&timeoutSeconds=1");
        QVERIFY(FakeKubernetes::waitFor([&] { return bounded.finished(); }, 10000));
        QCOMPARE(bounded.error(), QNetworkReply::NoError); // a clean end, unlike a cut
    }

    void quotaAndErrors()
    {
        const QString quotas = "/api/v1/namespaces/" + m_fake.namespaceName() + "/resourcequotas";
        QCOMPARE(m_fake.client().get(quotas).json()["items"].size(), 0u);
        QVERIFY(m_fake.setQuota({{"requests.cpu", "4"}, {"requests.memory", "8Gi"}}));
        const json list = m_fake.client().get(quotas).json();
        QCOMPARE(list.value("kind", ""), "ResourceQuotaList");
        QCOMPARE(list["items"].size(), 1u);
        JCOMPARE(list["items"][0]["status"]["hard"]["requests.cpu"], "4");
        QVERIFY(list["items"][0]["status"]["used"].contains("requests.memory"));

        json mismatched = versionDeployment("odd", 1);
        mismatched["spec"]["selector"]["matchLabels"]["extra"] = "label";
        const HttpReply invalid = m_fake.client().post(deployments(), mismatched);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json().value("reason", ""), "Invalid");
        const HttpReply missing = m_fake.client().get(deployments() + "/nope");
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value("message", ""), "deployments.apps \"nope\" not found");
        JCOMPARE(missing.json()["details"]["group"], "apps");
    }

    void apiServerDownAndBack()
    {
        WatchReader watch(m_fake, pods() + "?watch=1&resourceVersion=0");
        QVERIFY(watch.waitFor([](const json& e) { return e["type"] == "ADDED"; }) >= 0);
        QVERIFY(m_fake.goDown(5));
        QVERIFY(FakeKubernetes::waitFor([&] { return watch.finished(); }, 10000));
        HttpClient probe(m_fake.url(), m_fake.token());
        probe.setCaCertificates(m_fake.caCertificates());
        QCOMPARE(probe.get(QStringLiteral("/version")).status, 0); // refused while down
        // Pods keep running while the API server is away.
        QVERIFY(FakeKubernetes::waitFor([&] { return probe.get(QStringLiteral("/version")).status == 200; },
                                        20000));
        QVERIFY(m_fake.waitForReadyPods(selector("blue"), 1));
    }

    void deletingADeploymentDeletesItsPods()
    {
        QVERIFY(!m_fake.pods(selector("blue")).empty());
        const HttpReply deleted = m_fake.client().del(deployments() + "/sy-churn-blue");
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value("status", ""), "Success");
        QCOMPARE(m_fake.client().get(deployments() + "/sy-churn-blue").status, 404);
        QVERIFY(FakeKubernetes::waitFor([&] { return m_fake.pods(selector("blue")).empty(); }, 15000));
    }

    void cleanupTestCase()
    {
        // A clean exit: no sanitizer report from the fake, which runs every request of this test.
        QCOMPARE(m_fake.stop(), 0);
        QVERIFY2(!m_fake.output().contains("Sanitizer"), qPrintable(m_fake.output()));
    }
};

QTEST_GUILESS_MAIN(FakeKubernetesTest)
#include "FakeKubernetesTest.moc"
