#include <QSet>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "FakeKubernetes.h"
#include "ScoreLoad.h"
#include "ServerTestBase.h"

using namespace switchyard::test;

// The Kubernetes backend when the cluster misbehaves: the real switchyard-server against the fake API
// server, whose pods are real replicas, driven through the management API and scoring like an operator
// would. Each case pulls one of the fake's fault switches and checks what the operator sees.
class KubernetesFaultTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_client;
    std::string m_model;

    FakeKubernetes& kube() { return *m_server->kubernetes(); }

    static QString versionPath(const std::string& endpoint, const std::string& version = "versiona")
    {
        return QString::fromStdString("/api/v1/endpoints/" + endpoint + "/versions/" + version);
    }
    static QString selector(const std::string& endpoint)
    {
        return QString::fromStdString("switchyard.io/endpoint=" + endpoint);
    }
    json version(const std::string& endpoint, const std::string& name = "versiona")
    {
        return m_client.get(versionPath(endpoint, name)).json();
    }
    bool healthyWith(const std::string& endpoint, int ready)
    {
        const auto v = version(endpoint);
        return v.is_object() && v.value("state", "") == "Healthy" &&
               v["replicas"].value("ready", -1) == ready;
    }
    // Probes every second from the start, so a pod is ready within a couple of seconds (the API's default
    // initial delay would keep it unready for five minutes, on the fake as on Kubernetes).
    static json fastProbes(json extra = json::object())
    {
        json spec{{"initial_delay_seconds", 0}, {"period_seconds", 1}, {"failure_threshold", 3}};
        for (const auto& [k, v] : extra.items())
            spec[k] = v;
        return spec;
    }
    void createEndpoint(const std::string& name, json version)
    {
        const auto created = m_client.post(
            "/api/v1/endpoints", endpointSpec(name, m_model, {{"auth_enabled", false}}, fastProbes(version)));
        QVERIFY2(created.status == 201, describe(created));
    }
    void deleteEndpoint(const std::string& name)
    {
        m_client.del(QString::fromStdString("/api/v1/endpoints/" + name));
        QVERIFY(FakeKubernetes::waitFor([&] { return kube().pods(selector(name)).empty(); }, 60000));
    }
    HttpReply score(const std::string& endpoint)
    {
        HttpClient scorer(m_server->url());
        scorer.setTimeoutMs(10000);
        return scorer.request("POST", QString::fromStdString("/score/" + endpoint),
                              R"({"data": [[1.0, 2.0]]})", "application/json");
    }
    // name -> restart count of the pod's container, for the endpoint's pods.
    QMap<QString, int> podRestarts(const std::string& endpoint)
    {
        QMap<QString, int> out;
        for (const auto& pod : kube().pods(selector(endpoint))) {
            int restarts = 0;
            for (const auto& status : pod["status"].value("containerStatuses", json::array()))
                restarts += status.value("restartCount", 0);
            out.insert(QString::fromStdString(pod["metadata"]["name"].get<std::string>()), restarts);
        }
        return out;
    }
    std::string deploymentName(const std::string& endpoint)
    {
        const auto pods = kube().pods(selector(endpoint));
        if (pods.empty())
            return {};
        const auto owner = pods[0]["metadata"]["ownerReferences"][0]["name"].get<std::string>();
        return owner.substr(0, owner.rfind('-')); // <deployment>-<pod-template-hash>
    }
    QString deploymentsPath() const
    {
        return QStringLiteral("/apis/apps/v1/namespaces/%1/deployments")
            .arg(m_server->kubernetes()->namespaceName());
    }
    // Whether the fake saw at least `minPuts` PUTs of `path` with a GET of it between each two: a retry
    // after 409 must read the object again, as only its fresh resourceVersion can succeed.
    QString rereadsBetweenRetries(const QString& path, int minPuts)
    {
        int puts = 0;
        bool readSincePut = false;
        for (const auto& request : kube().requests()) {
            if (QString::fromStdString(request.value("path", std::string())) != path)
                continue;
            const auto method = request.value("method", std::string());
            if (method == "GET") {
                readSincePut = true;
            } else if (method == "PUT") {
                if (puts > 0 && !readSincePut)
                    return QStringLiteral("PUT %1 retried without reading it again").arg(puts + 1);
                ++puts;
                readSincePut = false;
            }
        }
        return puts >= minPuts ? QString() : QStringLiteral("only %1 PUT(s) of %2").arg(puts).arg(path);
    }
    void comeBack()
    {
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client.setBase(m_server->url());
    }

private slots:
    void initTestCase()
    {
        // This suite is about the Kubernetes backend whatever the run's default.
        qputenv("SWITCHYARD_TEST_BACKEND", "kubernetes");
        m_server = std::make_unique<ServerProcess>(
            QStringList{"--purpose", "DevTest", "--cpu-cores", "16", "--memory-gb", "32"});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->kubernetes());
        m_client.setBase(m_server->url());
        m_client.setBearer(m_server->adminToken());
        m_model = uploadModel(m_client, "lin",
                              R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]], "bias": [0.5],
                                  "work_ms": 20})");
        QVERIFY(!m_model.empty());
    }

    // A watch ended mid-stream while a scale-up is under way: the backend resumes and learns the new pods.
    void watchCutWhileScaling()
    {
        createEndpoint("cut", {{"num_replicas", 1}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("cut", 1), 60000);
        EXPECT_STATUS(m_client.patch(versionPath("cut"), {{"num_replicas", 3}}), 200);
        QVERIFY(kube().cutWatches());
        QTest::qWait(300);
        QVERIFY(kube().cutWatches());
        QVERIFY(kube().waitForReadyPods(selector("cut"), 3, 60000));
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("cut", 3), 30000);
        QCOMPARE(score("cut").status, 200);
        deleteEndpoint("cut");
    }

    // 410 Gone on the resume (the history was compacted): the backend relists and keeps up.
    void goneRelists()
    {
        createEndpoint("gone", {{"num_replicas", 1}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("gone", 1), 60000);
        QVERIFY(kube().compact());
        QVERIFY(kube().cutWatches());
        EXPECT_STATUS(m_client.patch(versionPath("gone"), {{"num_replicas", 2}}), 200);
        QVERIFY(kube().waitForReadyPods(selector("gone"), 2, 60000));
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("gone", 2), 30000);
        // And after the relist it still follows changes: a scale-down is seen too.
        EXPECT_STATUS(m_client.patch(versionPath("gone"), {{"num_replicas", 1}}), 200);
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("gone", 1), 60000);
        deleteEndpoint("gone");
    }

    // 409 on update: the backend reads the object again and retries on its fresh resourceVersion, for a
    // scale and for a change of the pod template alike.
    void conflictIsRetried()
    {
        createEndpoint("race", {{"num_replicas", 1}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("race", 1), 60000);
        const std::string name = deploymentName("race");
        QVERIFY(!name.empty());
        const QString path = deploymentsPath() + "/" + QString::fromStdString(name);
        const auto listed = [&] {
            // Through the list, so the test's own reads are not taken for the backend's re-reads.
            for (const auto& item :
                 kube().client().get(deploymentsPath()).json().value("items", json::array()))
                if (item["metadata"]["name"] == name)
                    return item;
            return json();
        };
        const auto oldHash =
            listed()["metadata"]["annotations"].value("switchyard.io/spec-hash", std::string());
        QVERIFY(!oldHash.empty());

        constexpr int conflicts = 3;
        QVERIFY(kube().forceConflicts(conflicts));
        EXPECT_STATUS(m_client.patch(versionPath("race"), {{"num_replicas", 2}}), 200);
        QVERIFY(FakeKubernetes::waitFor([&] { return listed()["spec"].value("replicas", 0) == 2; }, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("race", 2), 60000);
        QString problem = rereadsBetweenRetries(path + "/scale", conflicts + 1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // A drifted Deployment (edited behind the server's back) is replaced whole, through conflicts too.
        json drifted = kube().deployment(QString::fromStdString(name));
        drifted["metadata"]["annotations"]["switchyard.io/spec-hash"] = "drifted";
        drifted["spec"]["template"]["metadata"]["annotations"]["drifted"] = "yes";
        EXPECT_STATUS(kube().client().put(path, drifted), 200);
        QVERIFY(kube().forceConflicts(conflicts));
        QVERIFY(FakeKubernetes::waitFor(
            [&] {
                const auto item = listed();
                return item["metadata"]["annotations"].value("switchyard.io/spec-hash", std::string()) ==
                           oldHash &&
                       !item["spec"]["template"]["metadata"]["annotations"].contains("drifted");
            },
            30000));
        problem = rereadsBetweenRetries(path, conflicts + 1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(listed()["spec"].value("replicas", 0), 2);
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("race", 2), 60000);
        deleteEndpoint("race");
    }

    // The API server away for 10 s: the router keeps sending to the pods it knows, so no scoring request
    // fails; the cluster says degraded (with why) meanwhile and ok afterwards.
    void apiServerDownUnderLoad()
    {
        createEndpoint("down", {{"num_replicas", 2}, {"replica_max_concurrent_requests", 4}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("down", 2), 60000);
        ScoreLoad load(m_server->url(), "down", {}, 2);
        load.start(20000, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(load.succeeded() > 10, 20000);

        QVERIFY(kube().goDown(10));
        json cluster;
        QTRY_VERIFY_WITH_TIMEOUT(
            (cluster = m_client.get("/api/v1/cluster").json()).value("backend_state", "") == "degraded",
            15000);
        QVERIFY2(cluster["backend_message"].is_string() &&
                     !cluster["backend_message"].get<std::string>().empty(),
                 cluster.dump().c_str());
        const int whileDown = load.succeeded();
        QTRY_VERIFY_WITH_TIMEOUT(m_client.get("/api/v1/cluster").json().value("backend_state", "") == "ok",
                                 40000);
        QVERIFY2(m_client.get("/api/v1/cluster").json()["backend_message"].is_null(), "message left over");
        // Scoring went on through the outage (and after it).
        QTRY_VERIFY_WITH_TIMEOUT(load.succeeded() > whileDown + 10, 20000);
        load.stop();
        QVERIFY2(load.failed() == 0, qPrintable(load.failures().join('\n')));
        QVERIFY(healthyWith("down", 2));
        deleteEndpoint("down");
    }

    // A pod's process killed under load: at most the requests in flight on it fail, and the version heals.
    void podKilledUnderLoad()
    {
        constexpr int maxConcurrent = 2;
        createEndpoint("killed", {{"num_replicas", 2}, {"replica_max_concurrent_requests", maxConcurrent}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("killed", 2), 60000);
        // More requests than the pods' slots, so every slot is busy when the pod dies.
        ScoreLoad load(m_server->url(), "killed", {}, 2 * maxConcurrent);
        load.start(20000, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(load.succeeded() > 10, 20000);

        const auto victim = kube().pods(selector("killed"))[0]["metadata"]["name"].get<std::string>();
        QVERIFY(kube().killPod(QString::fromStdString(victim)));
        QTRY_VERIFY_WITH_TIMEOUT(podRestarts("killed").value(QString::fromStdString(victim)) >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("killed", 2), 60000);
        const int healed = load.succeeded();
        QTRY_VERIFY_WITH_TIMEOUT(load.succeeded() > healed + 10, 20000);
        load.stop();
        // Only the requests the dead pod held fail. Between the kill and the pod's unready status reaching
        // the router, requests sent to its address are refused before reaching a replica: the router hands
        // them to the other pod.
        QVERIFY2(load.failed() <= maxConcurrent,
                 qPrintable(QString::number(load.failed()) + " failed:\n" + load.failures().join('\n')));
        deleteEndpoint("killed");
    }

    // A restarted server adopts its Deployments: the same pods keep running, none restarted, and scoring
    // works at once — after a clean stop and after kill -9.
    void restartAdoptsDeployments()
    {
        createEndpoint("adopt", {{"num_replicas", 2}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("adopt", 2), 60000);
        const auto pods = podRestarts("adopt");
        QCOMPARE(pods.size(), 2);

        QCOMPARE(m_server->stop(), 0);
        comeBack();
        QTRY_VERIFY_WITH_TIMEOUT(score("adopt").status == 200, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("adopt", 2), 30000);
        QCOMPARE(podRestarts("adopt"), pods);

        m_server->kill9();
        comeBack();
        QTRY_VERIFY_WITH_TIMEOUT(score("adopt").status == 200, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("adopt", 2), 30000);
        // Give a wrongful roll time to start before comparing: a changed spec hash would replace the pods.
        QTest::qWait(3000);
        QCOMPARE(podRestarts("adopt"), pods);
        deleteEndpoint("adopt");
    }

    // 403: the version fails with the API server's message (naming the verb and resource), and recovers
    // by itself once the permission is back.
    void forbiddenNamesThePermission()
    {
        QVERIFY(kube().forbid("create", "deployments"));
        // A readiness deadline long enough that the 403, not the deadline, fails the version.
        createEndpoint("denied", {{"num_replicas", 1}, {"initial_delay_seconds", 60}});
        json v;
        QTRY_VERIFY_WITH_TIMEOUT((v = version("denied")).value("state", "") == "Failed", 30000);
        const auto error = v.value("error", std::string());
        QVERIFY2(error.find("forbidden") != std::string::npos &&
                     error.find("cannot create resource \"deployments\"") != std::string::npos,
                 v.dump().c_str());
        QVERIFY(kube().allowAll());
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("denied", 1), 60000);
        deleteEndpoint("denied");
    }

    // A command version whose image cannot be pulled, and one whose program exits at once: Failed, with
    // the pod's reason in the version's error.
    void imagePullAndCrashLoopFail()
    {
        // An initial delay long enough that the pods' reasons, not the readiness deadline, fail the versions.
        createEndpoint("nopull", {{"initial_delay_seconds", 60},
                                  {"inference_config",
                                   {{"runtime", "command"},
                                    {"image", "registry.example.com/does-not-exist:1"},
                                    {"command", {"/bin/sleep", "600"}}}}});
        createEndpoint("crash", {{"initial_delay_seconds", 60},
                                 {"inference_config",
                                  {{"runtime", "command"},
                                   {"image", "registry.example.com/team/false:1"},
                                   {"command", {"/bin/false"}}}}});
        json v;
        QTRY_VERIFY_WITH_TIMEOUT((v = version("nopull")).value("state", "") == "Failed", 60000);
        const auto pullError = v.value("error", std::string());
        QVERIFY2(pullError.find("ImagePullBackOff") != std::string::npos ||
                     pullError.find("ErrImagePull") != std::string::npos,
                 v.dump().c_str());
        QTRY_VERIFY_WITH_TIMEOUT((v = version("crash")).value("state", "") == "Failed", 60000);
        QVERIFY2(v.value("error", std::string()).find("CrashLoopBackOff") != std::string::npos,
                 v.dump().c_str());
        deleteEndpoint("nopull");
        deleteEndpoint("crash");
    }

    // A managed Deployment of this cluster the store does not know is deleted; another cluster's is not.
    void orphansAreDeleted()
    {
        createEndpoint("keep", {{"num_replicas", 1}});
        QTRY_VERIFY_WITH_TIMEOUT(healthyWith("keep", 1), 60000);
        const std::string template_ = deploymentName("keep");
        auto model = kube().deployment(QString::fromStdString(template_));
        QVERIFY(model.is_object());
        const auto makeCopy = [&](const std::string& name, const std::string& cluster) {
            json copy = model;
            copy.erase("status");
            copy["metadata"] = {{"name", name},
                                {"labels", model["metadata"]["labels"]},
                                {"annotations", model["metadata"]["annotations"]}};
            copy["metadata"]["annotations"]["switchyard.io/endpoint-name"] = "ghost";
            copy["metadata"]["labels"]["switchyard.io/endpoint"] = "ghost";
            copy["metadata"]["labels"]["switchyard.io/cluster"] = cluster;
            copy["spec"]["selector"]["matchLabels"] = copy["metadata"]["labels"];
            copy["spec"]["template"]["metadata"]["labels"] = copy["metadata"]["labels"];
            if (copy["spec"]["template"]["metadata"].contains("annotations"))
                copy["spec"]["template"]["metadata"]["annotations"]["switchyard.io/endpoint-name"] = "ghost";
            copy["spec"]["replicas"] = 1;
            return kube().client().post(deploymentsPath(), copy);
        };
        const std::string ours = model["metadata"]["labels"]["switchyard.io/cluster"];
        EXPECT_STATUS(makeCopy("sy-ghost-ours", ours), 201);
        EXPECT_STATUS(makeCopy("sy-ghost-other", ours + "-other"), 201);
        QVERIFY(kube().deployment("sy-ghost-ours").is_object());

        QVERIFY(FakeKubernetes::waitFor([&] { return kube().deployment("sy-ghost-ours").is_null(); }, 20000));
        QTest::qWait(3000); // another reconcile pass, which must not take the other cluster's
        QVERIFY(kube().deployment("sy-ghost-other").is_object());
        QVERIFY(kube().deployment(QString::fromStdString(template_)).is_object());
        EXPECT_STATUS(kube().client().del(deploymentsPath() + "/sy-ghost-other"), 200);
        deleteEndpoint("keep");
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server) {
            qWarning("server output:\n%s", qPrintable(m_server->drainOutput().right(4000)));
            if (m_server->kubernetes())
                qWarning("fake output:\n%s", qPrintable(m_server->kubernetes()->output().right(3000)));
        }
        // A failed test must not leave its fault behind for the next one (a forbidden verb, say).
        if (QTest::currentTestFailed() && m_server && m_server->kubernetes())
            m_server->kubernetes()->allowAll();
    }

    void cleanupTestCase()
    {
        if (m_server && m_server->kubernetes())
            m_server->kubernetes()->allowAll();
    }
};

QTEST_GUILESS_MAIN(KubernetesFaultTest)
#include "KubernetesFaultTest.moc"
