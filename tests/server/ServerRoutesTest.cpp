#include <memory>

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "FakeKubernetes.h"
#include "ServerTestBase.h"

using namespace switchyard::test;

// Every management route of rest-api.md against the real binary: statuses, bodies and each rule.
// The cluster is small and fixed (2 cores, 4 GB) so the capacity rule is deterministic.
class ServerRoutesTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--cpu-cores", "2", "--memory-gb", "16", "--max-model-bytes", "65536"}};
    HttpClient m_client;
    std::string m_model;

    json endpoint(const std::string& name)
    {
        return m_client.get(QString::fromStdString("/api/v1/endpoints/" + name)).json();
    }
    void create(const std::string& name, json extra = json::object(), json version = json::object())
    {
        const auto reply = m_client.post("/api/v1/endpoints", endpointSpec(name, m_model, extra, version));
        QVERIFY2(reply.status == 201, describe(reply));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        m_model = uploadModel(m_client, "churn",
                              R"({"format": "switchyard.linear/v1", "weights": [[1]], "bias": [0]})");
        QCOMPARE(m_model, std::string("churn:1"));
    }

    void healthzNeedsNoAuth()
    {
        HttpClient anonymous(m_server.url());
        const auto reply = anonymous.get("/healthz");
        EXPECT_STATUS(reply, 200);
        QCOMPARE(reply.body, QByteArray("ok"));
    }

    void cluster()
    {
        const auto reply = m_client.get("/api/v1/cluster");
        EXPECT_STATUS(reply, 200);
        const auto c = reply.json();
        QCOMPARE(c["name"], json("local"));
        QCOMPARE(c["purpose"], json("FastProd"));
        QCOMPARE(c["autoscaler_enabled"], json(true));
        if (ServerProcess::onKubernetes()) {
            QCOMPARE(c["backend"], json("kubernetes"));
            QCOMPARE(c["namespace"], json(m_server.kubernetes()->namespaceName().toStdString()));
        } else {
            QCOMPARE(c["backend"], json("local"));
            // The local backend has no namespace and nothing to be degraded by; both fields are present.
            QVERIFY(c.contains("namespace") && c["namespace"].is_null());
        }
        QCOMPARE(c["backend_state"], json("ok"));
        QVERIFY(c.contains("backend_message") && c["backend_message"].is_null());
        QCOMPARE(c["capacity"]["cpu_cores"].get<double>(), 2.0);
        QCOMPARE(c["capacity"]["memory_gb"].get<double>(), 16.0);
        QVERIFY(c["allocated"]["cpu_cores"].is_number());
        QVERIFY(c["server_version"].is_string());
        QVERIFY(c["endpoint_count"].is_number_integer());
    }

    void modelUploadAndList()
    {
        const QByteArray bytes = "model bytes v2";
        const auto reply =
            m_client.request("POST", "/api/v1/models/churn", bytes, "application/octet-stream");
        EXPECT_STATUS(reply, 201);
        const auto m = reply.json();
        QCOMPARE(m["name"], json("churn"));
        QCOMPARE(m["version"], json(2));
        QCOMPARE(m["size_bytes"], json(bytes.size()));
        QCOMPARE(QByteArray::fromStdString(m["sha256"].get<std::string>()),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(m["created_at"].get<std::string>().ends_with("Z"));
        QVERIFY(QFile::exists(m_server.dataDir() + "/models/" +
                              QString::fromStdString(m["sha256"].get<std::string>())));
        const auto list = m_client.get("/api/v1/models").json()["models"];
        QVERIFY(list.size() >= 2);
    }

    void modelUploadRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("json content type")
            << "m1" << QByteArray("x") << QByteArray("application/json") << 415;
        QTest::newRow("no content type") << "m1" << QByteArray("x") << QByteArray() << 415;
        QTest::newRow("bad name") << "-bad" << QByteArray("x") << QByteArray("application/octet-stream")
                                  << 400;
        QTest::newRow("empty file") << "m1" << QByteArray() << QByteArray("application/octet-stream") << 400;
        QTest::newRow("larger than --max-model-bytes")
            << "m1" << QByteArray(70000, 'x') << QByteArray("application/octet-stream") << 413;
    }
    void modelUploadRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const auto before = m_client.get("/api/v1/models").json();
        const auto reply = m_client.request("POST", "/api/v1/models/" + name, body, contentType);
        EXPECT_STATUS(reply, status);
        QVERIFY(!reply.errorCode().empty());
        QCOMPARE(m_client.get("/api/v1/models").json(), before);
    }

    void createEndpointDefaults()
    {
        const auto reply = m_client.post("/api/v1/endpoints", endpointSpec("churn", m_model));
        EXPECT_STATUS(reply, 201);
        const auto e = reply.json();
        QCOMPARE(e["name"], json("churn"));
        QCOMPARE(e["auth_mode"], json("key"));
        QCOMPARE(e["default_version"], json("versiona"));
        QCOMPARE(e["control_version"], json(nullptr));
        QCOMPARE(e["traffic"], (json{{"versiona", 100}}));
        QCOMPARE(e["scoring_uri"].get<std::string>(),
                 m_server.url().toString().toStdString() + "/score/churn");
        QCOMPARE(e["versions"].size(), 1u);
        const auto v = e["versions"][0];
        QCOMPARE(v["name"], json("versiona"));
        QCOMPARE(v["is_default"], json(true));
        QCOMPARE(v["effective_traffic"], json(100));
        QCOMPARE(v["cpu_cores"].get<double>(), 0.1);
        QCOMPARE(v["autoscale_max_replicas"], json(10));
        QVERIFY(v["replicas"].contains("desired"));
        const auto state = QString::fromStdString(v["state"].get<std::string>());
        QVERIFY2(QStringList({"Transitioning", "Healthy", "Unhealthy", "Failed"}).contains(state),
                 qPrintable(state));
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn"), 200);
        const auto list = m_client.get("/api/v1/endpoints").json()["endpoints"];
        QCOMPARE(list.size(), 1u);
        QCOMPARE(list[0]["version_count"], json(1));
    }

    void createEndpointRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("target");
        const auto spec = [&](json extra, json version = json::object()) {
            return QByteArray::fromStdString(endpointSpec("other", "churn:1", extra, version).dump());
        };
        const QByteArray js = "application/json";
        QTest::newRow("malformed json") << QByteArray("{\"name\": ") << js << 400 << "InvalidJson"
                                        << "";
        QTest::newRow("not an object") << QByteArray("[1]") << js << 400 << "InvalidJson"
                                       << "";
        QTest::newRow("wrong content type")
            << spec({}) << QByteArray("text/plain") << 415 << "UnsupportedMediaType"
            << "";
        QTest::newRow("unknown field") << spec({{"colour", "red"}}) << js << 400 << "UnknownField"
                                       << "colour";
        QTest::newRow("wrong type") << spec({{"auth_enabled", "yes"}}) << js << 400 << "InvalidType"
                                    << "auth_enabled";
        QTest::newRow("bad name") << QByteArray::fromStdString(endpointSpec("Bad_Name", "churn:1").dump())
                                  << js << 400 << "InvalidName"
                                  << "name";
        QTest::newRow("key and token auth")
            << spec({{"token_auth_enabled", true}}) << js << 400 << "ConflictingAuth"
            << "token_auth_enabled";
        QTest::newRow("duplicate name") << QByteArray::fromStdString(endpointSpec("churn", "churn:1").dump())
                                        << js << 409 << "AlreadyExists"
                                        << "name";
        QTest::newRow("rule 8: unknown model")
            << QByteArray::fromStdString(endpointSpec("other", "nope:1").dump()) << js << 400
            << "ModelNotFound"
            << "version.model";
        QTest::newRow("rule 7: min above max")
            << spec({}, {{"autoscale_min_replicas", 5}, {"autoscale_max_replicas", 2}}) << js << 400
            << "InvalidValue"
            << "version.autoscale_min_replicas";
        QTest::newRow("rule 7: zero cpu") << spec({}, {{"cpu_cores", 0}}) << js << 400 << "InvalidValue"
                                          << "version.cpu_cores";
        QTest::newRow("rule 9: no capacity")
            << spec({}, {{"num_replicas", 30}}) << js << 409 << "InsufficientCapacity"
            << "version.num_replicas";
        QTest::newRow("oversize body") << QByteArray(1100 * 1024, ' ') << js << 413 << "PayloadTooLarge"
                                       << "";
    }
    void createEndpointRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, target);
        const auto before = withoutRuntimeState(m_client.get("/api/v1/endpoints").json());
        const auto reply = m_client.request("POST", "/api/v1/endpoints", body, contentType);
        EXPECT_STATUS(reply, status);
        QCOMPARE(QString::fromStdString(reply.errorCode()), code);
        QCOMPARE(QString::fromStdString(reply.errorTarget()), target);
        QVERIFY(reply.json()["error"]["message"].is_string());
        QVERIFY(reply.json()["error"].contains("target"));
        QCOMPARE(withoutRuntimeState(m_client.get("/api/v1/endpoints").json()), before);
    }

    void patchEndpoint()
    {
        auto reply = m_client.patch("/api/v1/endpoints/churn",
                                    {{"description", "churn model"}, {"tags", {{"team", "a"}}}});
        EXPECT_STATUS(reply, 200);
        QCOMPARE(reply.json()["description"], json("churn model"));
        QCOMPARE(reply.json()["tags"], (json{{"team", "a"}}));
        EXPECT_STATUS(m_client.patch("/api/v1/endpoints/churn", {{"token_auth_enabled", true}}), 400);
        EXPECT_STATUS(m_client.patch("/api/v1/endpoints/churn", {{"name", "x"}}), 400);
        EXPECT_STATUS(m_client.patch("/api/v1/endpoints/nope", {{"description", "x"}}), 404);
        QCOMPARE(endpoint("churn")["auth_mode"], json("key"));
        reply = m_client.patch("/api/v1/endpoints/churn", {{"auth_enabled", false}});
        EXPECT_STATUS(reply, 200);
        QCOMPARE(reply.json()["auth_mode"], json("none"));
        EXPECT_STATUS(m_client.patch("/api/v1/endpoints/churn", {{"auth_enabled", true}}), 200);
    }

    void versionsAndRules()
    {
        // Rule 3: the remainder goes to the default (a = 20, b = 40 and default -> a 20, b 80).
        EXPECT_STATUS(
            m_client.patch("/api/v1/endpoints/churn/versions/versiona", {{"traffic_percentile", 20}}), 200);
        auto reply = m_client.post(
            "/api/v1/endpoints/churn/versions",
            versionSpec("versionb", m_model, {{"traffic_percentile", 40}, {"is_default", true}}));
        EXPECT_STATUS(reply, 201);
        QCOMPARE(reply.json()["name"], json("versionb"));
        QCOMPARE(reply.json()["effective_traffic"], json(80));
        auto e = endpoint("churn");
        QCOMPARE(e["traffic"], (json{{"versiona", 20}, {"versionb", 80}}));
        QCOMPARE(e["default_version"], json("versionb"));
        // Rule 2: the sum may not exceed 100.
        reply = m_client.post("/api/v1/endpoints/churn/versions",
                              versionSpec("versionc", m_model, {{"traffic_percentile", 50}}));
        EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorCode(), std::string("TrafficLimitExceeded"));
        QCOMPARE(withoutRuntimeState(endpoint("churn")), withoutRuntimeState(e));
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/churn/versions",
                                    versionSpec("versionc", m_model, {{"traffic_percentile", 101}})),
                      400);
        // Rule 4: the default cannot be unset, only moved.
        reply = m_client.patch("/api/v1/endpoints/churn/versions/versionb", {{"is_default", false}});
        EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorTarget(), std::string("is_default"));
        // Rule 5: one control; a new control demotes the old one in the same change.
        EXPECT_STATUS(
            m_client.patch("/api/v1/endpoints/churn/versions/versiona", {{"is_control_version_type", true}}),
            200);
        EXPECT_STATUS(
            m_client.patch("/api/v1/endpoints/churn/versions/versionb", {{"is_control_version_type", true}}),
            200);
        e = endpoint("churn");
        QCOMPARE(e["control_version"], json("versionb"));
        QCOMPARE(m_client.get("/api/v1/endpoints/churn/versions/versiona").json()["is_control_version_type"],
                 json(false));
        // Rule 6: the default cannot go while others exist.
        reply = m_client.del("/api/v1/endpoints/churn/versions/versionb");
        EXPECT_STATUS(reply, 409);
        // Rule 7 on PATCH, and fields that cannot change.
        EXPECT_STATUS(
            m_client.patch("/api/v1/endpoints/churn/versions/versiona", {{"autoscale_min_replicas", 0}}),
            400);
        EXPECT_STATUS(m_client.patch("/api/v1/endpoints/churn/versions/versiona", {{"cpu_cores", 1}}), 400);
        EXPECT_STATUS(m_client.patch("/api/v1/endpoints/churn/versions/versiona",
                                     {{"replica_max_concurrent_requests", "2"}}),
                      400);
        // Rule 9 on PATCH: more minimum replicas than fit.
        reply = m_client.patch("/api/v1/endpoints/churn/versions/versiona",
                               {{"autoscale_min_replicas", 30}, {"autoscale_max_replicas", 30}});
        EXPECT_STATUS(reply, 409);
        QCOMPARE(reply.errorCode(), std::string("InsufficientCapacity"));
        reply = m_client.patch("/api/v1/endpoints/churn/versions/versiona",
                               {{"num_replicas", 2}, {"description", "two"}});
        EXPECT_STATUS(reply, 200);
        QCOMPARE(reply.json()["num_replicas"], json(2));
        QCOMPARE(reply.json()["autoscale_enabled"], json(false));
        // Unknown resources.
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn/versions/nope"), 404);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/nope/versions", versionSpec("versionc", m_model)),
                      404);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/churn/versions", versionSpec("versiona", m_model)),
                      409);
    }

    void versionLimit()
    {
        create("many");
        for (const char* name : {"v-two", "v-three", "v-four", "v-five", "v-six"})
            EXPECT_STATUS(m_client.post("/api/v1/endpoints/many/versions", versionSpec(name, m_model)), 201);
        const auto reply = m_client.post("/api/v1/endpoints/many/versions", versionSpec("v-seven", m_model));
        EXPECT_STATUS(reply, 409);
        QCOMPARE(reply.errorCode(), std::string("VersionLimitReached"));
        EXPECT_STATUS(m_client.del("/api/v1/endpoints/many/versions/v-six"), 204);
        EXPECT_STATUS(m_client.del("/api/v1/endpoints/many/versions/v-six"), 404);
        EXPECT_STATUS(m_client.del("/api/v1/endpoints/many"), 204);
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/many"), 404);
        EXPECT_STATUS(m_client.del("/api/v1/endpoints/many"), 404);
    }

    void deleteOnlyVersion()
    {
        create("solo");
        const auto reply = m_client.del("/api/v1/endpoints/solo/versions/versiona");
        EXPECT_STATUS(reply, 409);
        EXPECT_STATUS(m_client.del("/api/v1/endpoints/solo"), 204);
    }

    void putTraffic()
    {
        auto reply = m_client.put(
            "/api/v1/endpoints/churn/traffic",
            {{"traffic", {{"versiona", 70}}}, {"default_version", "versiona"}, {"control_version", nullptr}});
        EXPECT_STATUS(reply, 200);
        auto e = reply.json();
        QCOMPARE(e["traffic"], (json{{"versiona", 100}, {"versionb", 0}}));
        QCOMPARE(e["default_version"], json("versiona"));
        QCOMPARE(e["control_version"], json(nullptr));
        reply = m_client.put("/api/v1/endpoints/churn/traffic",
                             {{"traffic", {{"versiona", 30}, {"versionb", 50}}}});
        EXPECT_STATUS(reply, 200);
        QCOMPARE(reply.json()["traffic"], (json{{"versiona", 50}, {"versionb", 50}}));
        e = endpoint("churn");
        // Refusals leave the endpoint exactly as it was.
        const json refused[] = {
            {{"traffic", {{"versiona", 60}, {"versionb", 50}}}},
            {{"traffic", {{"nope", 10}}}},
            {{"traffic", {{"versiona", -1}}}},
            {{"traffic", {{"versiona", 10}}}, {"default_version", "nope"}},
            {{"traffic", {{"versiona", "10"}}}},
            {{"default_version", "versiona"}},
            {{"traffic", json::object()}, {"extra", 1}},
        };
        for (const auto& body : refused) {
            reply = m_client.put("/api/v1/endpoints/churn/traffic", body);
            QVERIFY2(reply.status == 400,
                     qPrintable(QString::fromStdString(body.dump()) + " -> " + describe(reply)));
            QCOMPARE(withoutRuntimeState(endpoint("churn")), withoutRuntimeState(e));
        }
        EXPECT_STATUS(m_client.put("/api/v1/endpoints/nope/traffic", {{"traffic", json::object()}}), 404);
    }

    void logsMetricsCollected()
    {
        auto reply = m_client.get("/api/v1/endpoints/churn/versions/versiona/logs?tail=50");
        EXPECT_STATUS(reply, 200);
        QVERIFY(reply.headers["content-type"].startsWith("text/plain"));
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn/versions/versiona/logs?tail=0"), 400);
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn/versions/versiona/logs?tail=10001"), 400);
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn/versions/versiona/logs?tail=abc"), 400);
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn/versions/nope/logs"), 404);
        reply = m_client.get("/api/v1/endpoints/churn/metrics?seconds=60");
        EXPECT_STATUS(reply, 200);
        QVERIFY(reply.json().contains("versions"));
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn/metrics?seconds=-5"), 400);
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/nope/metrics"), 404);
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/churn/versions/versiona/collected"), 409);
        EXPECT_STATUS(
            m_client.patch("/api/v1/endpoints/churn/versions/versiona", {{"collect_model_data", true}}), 200);
        reply = m_client.get("/api/v1/endpoints/churn/versions/versiona/collected?limit=5");
        EXPECT_STATUS(reply, 200);
        QVERIFY(reply.json()["records"].is_array());
    }

    void methodsAndPaths()
    {
        auto reply = m_client.request("PUT", "/api/v1/endpoints/churn");
        EXPECT_STATUS(reply, 405);
        QCOMPARE(reply.errorCode(), std::string("MethodNotAllowed"));
        QVERIFY(reply.headers["allow"].contains("PATCH"));
        EXPECT_STATUS(m_client.request("DELETE", "/api/v1/cluster"), 405);
        EXPECT_STATUS(m_client.get("/api/v1/nothing"), 404);
        EXPECT_STATUS(m_client.get("/nothing"), 404);
        EXPECT_STATUS(m_client.get("/score/churn"), 405);
        EXPECT_STATUS(m_client.request("POST", "/score/nope", "{}", "application/json"), 404);
        reply = m_client.get("/api/v1/endpoints/BAD");
        EXPECT_STATUS(reply, 404);
        QVERIFY(!reply.errorCode().empty());
    }

    void rawHttp()
    {
        // Pipelined requests are answered in order on one connection.
        const QByteArray two = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\nHost: "
                               "x\r\nConnection: close\r\n\r\n";
        const auto answer = HttpClient::raw(m_server.url(), two);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY2(answer.indexOf("HTTP/1.1 404") > 0, answer.constData());
        // Garbage is a 400, not a crash.
        QVERIFY(HttpClient::raw(m_server.url(), "NOT HTTP AT ALL\r\n\r\n").startsWith("HTTP/1.1 400"));
        // A declared body over the limit is refused before it is read.
        const QByteArray big =
            "POST /api/v1/endpoints HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Authorization: Bearer " +
            m_server.adminToken().toUtf8() + "\r\nContent-Length: 5000000\r\n\r\n{";
        QVERIFY(HttpClient::raw(m_server.url(), big).startsWith("HTTP/1.1 413"));
        QVERIFY(HttpClient::raw(m_server.url(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                                    QByteArray(20000, 'a') + "\r\n\r\n")
                    .startsWith("HTTP/1.1 431"));
        EXPECT_STATUS(m_client.get("/healthz"), 200);
    }

    // A connection that sends nothing, or half a header (a slow-loris client), is closed at the idle
    // timeout; so is a keep-alive connection that asks nothing more. With the default of 60 s the
    // waits below would fail.
    void idleConnectionsAreClosed()
    {
        ServerProcess server({"--idle-timeout", "1"});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const auto open = [&](const QByteArray& bytes) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(server.url().host(), static_cast<quint16>(server.url().port()));
            if (socket->waitForConnected(5000) && !bytes.isEmpty()) {
                socket->write(bytes);
                socket->waitForBytesWritten(5000);
            }
            return socket;
        };
        auto silent = open({});
        auto halfHeader = open("GET /healthz HTTP/1.1\r\nHost: x\r\n");
        auto keptAlive = open("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(keptAlive->waitForReadyRead(5000));
        QVERIFY(keptAlive->readAll().startsWith("HTTP/1.1 200"));
        for (auto* socket : {silent.get(), halfHeader.get(), keptAlive.get()})
            QVERIFY(socket->state() == QAbstractSocket::UnconnectedState ||
                    socket->waitForDisconnected(10000));
        // The server itself goes on serving.
        QVERIFY(HttpClient::raw(server.url(), "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 200"));
        QCOMPARE(server.stop(), 0);
    }

    // Behind an Ingress: scoring_uri starts with --public-url, in the endpoint and in the list.
    void scoringUriFollowsPublicUrl()
    {
        ServerProcess proxied{
            {"--cpu-cores", "2", "--memory-gb", "16", "--public-url", "https://sy.example.com/ml/"}};
        QVERIFY2(proxied.start(), qPrintable(proxied.errorString()));
        HttpClient client(proxied.url());
        client.setBearer(proxied.adminToken());
        const std::string model = uploadModel(
            client, "churn", R"({"format": "switchyard.linear/v1", "weights": [[1]], "bias": [0]})");
        const auto created = client.post("/api/v1/endpoints", endpointSpec("behind", model));
        EXPECT_STATUS(created, 201);
        QCOMPARE(created.json()["scoring_uri"], json("https://sy.example.com/ml/score/behind"));
        const auto list = client.get("/api/v1/endpoints").json();
        QCOMPARE(list["endpoints"][0]["scoring_uri"], json("https://sy.example.com/ml/score/behind"));
        QCOMPARE(proxied.stop(), 0);
    }

    void cleanShutdown() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(ServerRoutesTest)
#include "ServerRoutesTest.moc"
