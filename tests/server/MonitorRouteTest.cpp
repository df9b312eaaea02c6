#include <csignal>

#include <QRegularExpression>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "FakeKubernetes.h"
#include "ServerTestBase.h"

using namespace switchyard::test;

// GET /api/v1/monitor, the one request a console makes per cluster per second: its shape, its numbers
// moving when clients score (2xx, 4xx from the model and 5xx from the router counted apart), its history
// and its refusals. Runs on the local backend and again on the Kubernetes one (ctest's _on_kubernetes).
class MonitorRouteTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--purpose", "DevTest", "--cpu-cores", "8", "--memory-gb", "16"}};
    HttpClient m_client;

    static QByteArray model(int workMs)
    {
        return QByteArray(R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]], "bias": [0.5],
                              "work_ms": )") +
               QByteArray::number(workMs) + "}";
    }
    json monitor(const QString& query = {})
    {
        const auto reply = m_client.get("/api/v1/monitor" + query);
        return reply.status == 200 ? reply.json() : json();
    }
    static json find(const json& list, const std::string& name)
    {
        if (list.is_array())
            for (const auto& item : list)
                if (item.value("name", "") == name)
                    return item;
        return json();
    }
    json version(const json& answer, const std::string& endpoint, const std::string& name)
    {
        return answer.is_object() ? find(find(answer["endpoints"], endpoint)["versions"], name) : json();
    }
    bool healthy()
    {
        const auto answer = monitor();
        if (!answer.is_object())
            return false;
        for (const char* ep : {"churn", "timeouts"})
            if (find(answer["endpoints"], ep).value("state", "") != "Healthy")
                return false;
        return true;
    }
    HttpReply score(const QByteArray& endpoint, const QByteArray& version, const QByteArray& body)
    {
        HttpClient scorer(m_server.url());
        return scorer.request("POST", "/score/" + endpoint, body, "application/json",
                              {{"X-Switchyard-Version", version}});
    }
    // The sum of one series over a version's history of the last `seconds`.
    double historySum(const std::string& endpoint, const std::string& name, const char* series, int seconds)
    {
        const auto v = version(monitor(QStringLiteral("?seconds=%1").arg(seconds)), endpoint, name);
        double sum = 0;
        if (v.is_object())
            for (const auto& x : v["history"][series])
                sum += x.get<double>();
        return sum;
    }
    static bool isRfc3339(const json& value)
    {
        static const QRegularExpression pattern(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$)"));
        return value.is_string() &&
               pattern.match(QString::fromStdString(value.get<std::string>())).hasMatch();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        const auto fast = uploadModel(m_client, "fast", model(0));
        const auto slow = uploadModel(m_client, "slow", model(400));
        QVERIFY(!fast.empty() && !slow.empty());
        // Created against the order the answer sorts by, so the sorting shows: "timeouts" before "churn",
        // "green" (the default, the remainder of the split) before "blue" (70 %).
        EXPECT_STATUS(m_client.post("/api/v1/endpoints",
                                    endpointSpec("timeouts", slow, {{"auth_enabled", false}},
                                                 {{"scoring_timeout_ms", 100}, {"num_replicas", 1}})),
                      201);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints",
                                    json{{"name", "churn"},
                                         {"auth_enabled", false},
                                         {"version", versionSpec("green", fast, {{"num_replicas", 1}})}}),
                      201);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/churn/versions",
                                    versionSpec("blue", fast,
                                                {{"traffic_percentile", 70},
                                                 {"autoscale_min_replicas", 1},
                                                 {"autoscale_max_replicas", 4},
                                                 {"autoscale_target_utilization", 60}})),
                      201);
        QTRY_VERIFY_WITH_TIMEOUT(healthy(), 90000);
    }

    void answersEveryEndpointSortedWithTheContractsShape()
    {
        const auto answer = monitor();
        QVERIFY(answer.is_object());
        QVERIFY2(isRfc3339(answer["time"]), answer.dump().c_str());
        QCOMPARE(answer["interval_seconds"], json(1));
        QCOMPARE(answer["cluster"]["name"], json("local"));
        QCOMPARE(answer["cluster"]["backend"], json(ServerProcess::onKubernetes() ? "kubernetes" : "local"));
        QCOMPARE(answer["cluster"]["backend_state"], json("ok"));

        QCOMPARE(answer["endpoints"].size(), size_t(2));
        QCOMPARE(answer["endpoints"][0]["name"], json("churn"));
        QCOMPARE(answer["endpoints"][1]["name"], json("timeouts"));
        const auto churn = answer["endpoints"][0];
        QCOMPARE(churn["state"], json("Healthy"));
        QCOMPARE(churn["default_version"], json("green"));
        QCOMPARE(churn["control_version"], json(nullptr));
        QCOMPARE(churn["versions"].size(), size_t(2));
        QCOMPARE(churn["versions"][0]["name"], json("blue"));
        QCOMPARE(churn["versions"][1]["name"], json("green"));

        const auto blue = churn["versions"][0];
        QCOMPARE(blue["state"], json("Healthy"));
        QCOMPARE(blue["error"], json(nullptr));
        QCOMPARE(blue["is_default"], json(false));
        QCOMPARE(blue["is_control"], json(false));
        QCOMPARE(blue["traffic_percentile"], json(70));
        QVERIFY(blue["effective_percent"].is_number());
        QCOMPARE(blue["effective_percent"].get<double>(), 70.0);
        QCOMPARE(churn["versions"][1]["effective_percent"].get<double>(), 30.0);
        QCOMPARE(churn["versions"][1]["is_default"], json(true));
        QCOMPARE(blue["target_utilization"], json(60));
        QCOMPARE(blue["min_replicas"], json(1));
        QCOMPARE(blue["max_replicas"], json(4));
        QCOMPARE(churn["versions"][1]["min_replicas"], json(1)); // a fixed count is both bounds
        QCOMPARE(churn["versions"][1]["max_replicas"], json(1));
        QCOMPARE(blue["replicas"]["desired"], json(1));
        QCOMPARE(blue["replicas"]["ready"], json(1));
        QVERIFY(blue["replicas"]["busy"].is_number_integer());
        for (const char* number : {"requests_per_second", "client_errors_per_second",
                                   "server_errors_per_second", "utilization", "queued_requests"})
            QVERIFY2(blue[number].is_number(), number);
        for (const char* latency : {"latency_ms_p50", "latency_ms_p99"})
            QVERIFY2(blue[latency].is_number() || blue[latency].is_null(), latency);
        QVERIFY2(!blue.contains("history"), "history only when seconds > 0");
        // Nothing has scored green: no latency to speak of.
        QCOMPARE(churn["versions"][1]["latency_ms_p50"], json(nullptr));
        QCOMPARE(churn["versions"][1]["requests_per_second"].get<double>(), 0.0);
    }

    void historyHoldsTheLastNSecondsOldestFirst()
    {
        // Three samples exist once the version has lived three seconds.
        QTRY_VERIFY_WITH_TIMEOUT(version(monitor("?seconds=3"), "churn", "blue")["history"]["t"].size() == 3,
                                 10000);
        const auto history = version(monitor("?seconds=3"), "churn", "blue")["history"];
        for (const char* series :
             {"t", "requests_per_second", "errors_per_second", "latency_ms_p50", "latency_ms_p99",
              "utilization", "ready_replicas", "replicas", "busy_replicas", "queued_requests"}) {
            QVERIFY2(history[series].is_array(), series);
            QCOMPARE(history[series].size(), size_t(3));
        }
        for (size_t i = 0; i < 3; ++i)
            QVERIFY2(isRfc3339(history["t"][i]), history.dump().c_str());
        QVERIFY(history["t"][0].get<std::string>() < history["t"][1].get<std::string>());
        QVERIFY(history["t"][1].get<std::string>() < history["t"][2].get<std::string>());
        QCOMPARE(history["ready_replicas"][2], json(1));
        // Never more than asked, never more than kept.
        const auto one = version(monitor("?seconds=1"), "timeouts", "versiona")["history"];
        QCOMPARE(one["t"].size(), size_t(1));
        const auto all = version(monitor("?seconds=900"), "churn", "green")["history"];
        QVERIFY(all["t"].size() >= 3 && all["t"].size() <= 900);
    }

    void numbersMoveWhenClientsScore()
    {
        const QByteArray good = R"({"data": [[1.0, 2.0]]})";
        for (int i = 0; i < 5; ++i)
            EXPECT_STATUS(score("churn", "blue", good), 200);
        // Two the model refuses (400) and two the router ends at scoring_timeout_ms (504).
        for (int i = 0; i < 2; ++i) {
            EXPECT_STATUS(score("churn", "blue", R"({"data": "not rows"})"), 400);
            EXPECT_STATUS(score("timeouts", "versiona", good), 504);
        }
        // Every answer lands in some second's sample: requests count all of them, errors only the 5xx.
        QTRY_COMPARE_WITH_TIMEOUT(historySum("churn", "blue", "requests_per_second", 60), 7.0, 10000);
        QCOMPARE(historySum("churn", "blue", "errors_per_second", 60), 0.0);
        QTRY_COMPARE_WITH_TIMEOUT(historySum("timeouts", "versiona", "errors_per_second", 60), 2.0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(historySum("timeouts", "versiona", "requests_per_second", 60), 2.0, 10000);
        QCOMPARE(historySum("churn", "green", "requests_per_second", 60), 0.0);

        // The live figures are the last whole second's: keep sending until a second holding one shows.
        json last;
        const auto seen = [&](const QByteArray& endpoint, const QByteArray& name, const QByteArray& body,
                              auto&& shows) {
            score(endpoint, name, body);
            last = version(monitor(), endpoint.toStdString(), name.toStdString());
            return last.is_object() && shows(last);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(seen("churn", "blue", R"({"data": "not rows"})",
                                       [](const json& v) {
                                           return v["client_errors_per_second"].get<double>() >= 1 &&
                                                  v["server_errors_per_second"].get<double>() == 0 &&
                                                  v["requests_per_second"].get<double>() >= 1;
                                       }),
                                  last.dump().c_str(), 15000);
        QVERIFY(last["latency_ms_p50"].is_number() && last["latency_ms_p99"].is_number());
        QVERIFY(last["latency_ms_p99"].get<double>() >= last["latency_ms_p50"].get<double>());
        QTRY_VERIFY2_WITH_TIMEOUT(seen("timeouts", "versiona", good,
                                       [](const json& v) {
                                           return v["server_errors_per_second"].get<double>() >= 1 &&
                                                  v["client_errors_per_second"].get<double>() == 0;
                                       }),
                                  last.dump().c_str(), 15000);
        // The router waited the whole timeout for those: their latency says so.
        QVERIFY(last["latency_ms_p50"].get<double>() >= 90);
    }

    void badSecondsIs400NamingIt_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("negative") << "?seconds=-1";
        QTest::newRow("above 900") << "?seconds=901";
        QTest::newRow("fraction") << "?seconds=1.5";
        QTest::newRow("word") << "?seconds=ten";
        QTest::newRow("empty") << "?seconds=";
    }
    void badSecondsIs400NamingIt()
    {
        QFETCH(QString, query);
        const auto reply = m_client.get("/api/v1/monitor" + query);
        EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorTarget(), std::string("seconds"));
    }

    void needsTheAdminToken()
    {
        HttpClient anonymous(m_server.url());
        EXPECT_STATUS(anonymous.get("/api/v1/monitor"), 401);
        HttpClient wrong(m_server.url(), "not-the-token");
        EXPECT_STATUS(wrong.get("/api/v1/monitor?seconds=5"), 401);
    }

    // GET …/versions/{v}/replicas, the list a console shows beside the monitor: processes locally, pods on
    // Kubernetes. A replica killed is replaced, and the list says so.
    void replicasOfAVersion()
    {
        const QString path = "/api/v1/endpoints/churn/versions/blue/replicas";
        const auto reply = m_client.get(path);
        EXPECT_STATUS(reply, 200);
        const auto replicas = reply.json()["replicas"];
        QCOMPARE(replicas.size(), size_t(1));
        const auto r = replicas[0];
        QVERIFY(r["id"].is_string() && !r["id"].get<std::string>().empty());
        static const QRegularExpression address(QStringLiteral(R"(^\d+\.\d+\.\d+\.\d+:\d+$)"));
        QVERIFY2(address.match(QString::fromStdString(r["address"].get<std::string>())).hasMatch(),
                 r.dump().c_str());
        QCOMPARE(r["state"], json("Ready"));
        QCOMPARE(r["inflight"], json(0));
        QCOMPARE(r["restarts"], json(0));
        QVERIFY2(isRfc3339(r["started_at"]), r.dump().c_str());
        QVERIFY(r["age_seconds"].is_number_integer() && r["age_seconds"].get<long long>() >= 0);

        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn/versions/nosuch/replicas"), 404);
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/nosuch/versions/blue/replicas"), 404);
        HttpClient anonymous(m_server.url());
        EXPECT_STATUS(anonymous.get(path), 401);
    }

    void aKilledReplicaCountsARestart()
    {
        const QString path = "/api/v1/endpoints/timeouts/versions/versiona/replicas";
        const auto before = m_client.get(path).json()["replicas"];
        QCOMPARE(before.size(), size_t(1));
        const auto id = before[0]["id"].get<std::string>();
        if (ServerProcess::onKubernetes()) {
            // The kubelet restarts the pod's container: the same pod, its restartCount up by one.
            QVERIFY(m_server.kubernetes()->killPod(QString::fromStdString(id)));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const auto now = m_client.get(path).json()["replicas"];
                    return now.size() == 1 && now[0]["id"] == id && now[0]["restarts"].get<int>() >= 1;
                }(),
                60000);
        } else {
            // The supervisor replaces the process in the same slot: a new replica that counts one restart.
            static const QRegularExpression started(QStringLiteral("started replica \\S+ \\(pid (\\d+)"));
            int pid = 0;
            for (auto it = started.globalMatch(
                     m_client.get("/api/v1/endpoints/timeouts/versions/versiona/logs").body);
                 it.hasNext();)
                pid = it.next().captured(1).toInt();
            QVERIFY(pid > 0);
            QCOMPARE(::kill(pid, SIGKILL), 0);
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const auto now = m_client.get(path).json()["replicas"];
                    return now.size() == 1 && now[0]["id"] != id && now[0]["restarts"] == json(1) &&
                           now[0]["state"] == json("Ready");
                }(),
                60000);
        }
    }

    void cleanShutdown() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(MonitorRouteTest)
#include "MonitorRouteTest.moc"
