// The fake Kubernetes API server (tests/support/fakekube), driven directly over HTTPS: the Deployments
// the backend's builder makes become real replica processes on their own addresses, and the API's
// semantics (resourceVersion, 409, watches, 410, scale, logs, faults) are those of kube-apiserver.

#include <set>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include "DeploymentManifest.h"
#include "FakeKubernetes.h"
#include "HttpClient.h"

using namespace switchyard;
using namespace switchyard::test;
using nlohmann::json;

// QCOMPARE cannot take a json element (Qt's overloads make nlohmann's conversions ambiguous).
#define JCOMPARE(actual, expected)                                                                           \
    QVERIFY2((actual) == (expected), qPrintable(QString::fromStdString(#actual " is " + json(actual).dump())))

namespace fakekube_test {

// A watch read as it streams: one event per line.
class WatchReader
{
public:
    WatchReader(FakeKubernetes& fake, const QString& path)
    {
        QNetworkRequest request(fake.url().resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + fake.token().toUtf8());
        auto ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(fake.caCertificates());
        request.setSslConfiguration(ssl);
        m_reply = m_manager.get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead, [this] { read(); });
    }
    ~WatchReader() { m_reply->abort(); }

    std::vector<json> events() { return m_events; }
    bool finished() const { return m_reply->isFinished(); }
    QNetworkReply::NetworkError error() const { return m_reply->error(); }
    int status() const { return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
    // Waits for an event that `match` accepts, past the first `from` events; its index, or -1.
    int waitFor(const std::function<bool(const json&)>& match, std::size_t from = 0, int timeoutMs = 30000)
    {
        int found = -1;
        FakeKubernetes::waitFor(
            [&] {
                for (std::size_t i = from; i < m_events.size(); ++i) {
                    if (match(m_events[i])) {
                        found = static_cast<int>(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

private:
    void read()
    {
        m_buffer += m_reply->readAll();
        for (auto end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
            m_events.push_back(json::parse(m_buffer.left(end).toStdString(), nullptr, false));
            m_buffer.remove(0, end + 1);
        }
    }

    QNetworkAccessManager m_manager;
    QNetworkReply* m_reply = nullptr;
    QByteArray m_buffer;
    std::vector<json> m_events;
};

std::string podName(const json& pod)
{
    return pod["metadata"]["name"].get<std::string>();
}

std::string waitingReason(const json& pod)
{
    return pod.value("/status/containerStatuses/0/state/waiting/reason"_json_pointer, std::string());
}

} // namespace fakekube_test

using namespace fakekube_test;

class FakeKubernetesTest : public QObject
{
    Q_OBJECT

private:
    FakeKubernetes m_fake{QStringLiteral("sy-test"),
                          {QStringLiteral("--crash-backoff-ms"), QStringLiteral("200")}};
    QTemporaryDir m_dir;
    QString m_model;

    QString deployments() const
    {
        return "/apis/apps/v1/namespaces/" + m_fake.namespaceName() + "/deployments";
    }
    QString pods() const { return "/api/v1/namespaces/" + m_fake.namespaceName() + "/pods"; }
    static QString selector(const std::string& version)
    {
        return QString::fromStdString("switchyard.io/version=" + version);
    }

    // A version's Deployment as the backend builds it, serving the test model with the real replica.
    json versionDeployment(const std::string& version, int replicas)
    {
        DeploymentInputs inputs;
        inputs.cluster = "test";
        inputs.endpoint = "churn";
        inputs.namespaceName = m_fake.namespaceName().toStdString();
        inputs.replicaImage = "switchyard/replica:test";
        inputs.spec.versionName = version;
        inputs.spec.model = "churn:1";
        inputs.spec.autoscaleEnabled = false;
        inputs.spec.numReplicas = replicas;
        inputs.spec.initialDelaySeconds = 0;
        inputs.spec.periodSeconds = 1;
        auto deployment = DeploymentManifest::deployment(inputs);
        if (!deployment)
            qFatal("DeploymentManifest refused the test version");
        json out = std::move(deployment).value();
        // The replica fetches its model from the server in the real backend; here it reads a file.
        out["spec"]["template"]["spec"]["containers"][0]["env"].push_back(
            {{"name", "MODEL_PATH"}, {"value", m_model.toStdString()}});
        out["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] = 5;
        return out;
    }

    json create(const json& deployment)
    {
        const HttpReply reply = m_fake.client().post(deployments(), deployment);
        if (reply.status != 201)
            qWarning("create: %d %s", reply.status, reply.body.constData());
        return reply.json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = m_dir.filePath(QStringLiteral("model.json"));
        QFile model(m_model);
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write(R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]], "bias": [0.5]})");
        model.close();
        QVERIFY2(m_fake.start(), qPrintable(m_fake.errorString()));
    }

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
            QVERIFY2(ip.rfind("127.0.1.", 0) == 0, ip.c_str());
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

    // A pod running a shell command instead of the replica, with no probes (Ready once started).
    json commandDeployment(const std::string& version, const std::string& script)
    {
        json deployment = versionDeployment(version, 1);
        auto& container = deployment["spec"]["template"]["spec"]["containers"][0];
        container["command"] = {"/bin/sh", "-c", script};
        container.erase("readinessProbe");
        container.erase("livenessProbe");
        return deployment;
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
        QVERIFY(m_fake.waitForReadyPods(selector("blue"), 2));
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

    void deletingADeploymentDeletesItsPods()
    {
        QVERIFY(!m_fake.pods(selector("blue")).empty());
        const HttpReply deleted = m_fake.client().del(deployments() + "/sy-churn-blue");
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value("status", ""), "Success");
        QCOMPARE(m_fake.client().get(deployments() + "/sy-churn-blue").status, 404);
        QVERIFY(FakeKubernetes::waitFor([&] { return m_fake.pods(selector("blue")).empty(); }, 15000));
    }

    void cleanupTestCase() { m_fake.stop(); }
};

QTEST_GUILESS_MAIN(FakeKubernetesTest)
#include "FakeKubernetesTest.moc"
