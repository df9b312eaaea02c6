// KubeApiClient against a scripted HTTPS server on the test's thread; the client's blocking calls run on
// another thread while the test's event loop serves them.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <string>
#include <vector>

#include <QTemporaryDir>
#include <QTest>

#include "CannedApiServer.h"
#include "KubeApiClient.h"
#include "SelfSignedCertificate.h"

using namespace switchyard;
using switchyard::test::CannedApiServer;
using Reply = CannedApiServer::Reply;
using Reason = KubeApiClient::WatchEnd::Reason;

namespace {

std::string readText(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeText(const QString& path, const std::string& text)
{
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    out << text;
}

// Runs `call` on its own thread and serves the event loop until it returns (each call has its timeout).
template <class Call>
auto offThread(Call call)
{
    auto future = std::async(std::launch::async, std::move(call));
    if (!QTest::qWaitFor(
            [&] { return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 30000))
        qWarning("still waiting for the client's call");
    return future.get();
}

const char* kForbidden =
    "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"pods is "
    "forbidden: User "
    "\\\"system:serviceaccount:sy:switchyard\\\" cannot list resource \\\"pods\\\" in API group \\\"\\\" in "
    "the "
    "namespace \\\"models\\\"\",\"reason\":\"Forbidden\",\"details\":{\"kind\":\"pods\"},\"code\":403}";

const char* kGone =
    "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"too old resource "
    "version: 5 (42)\",\"reason\":\"Expired\",\"code\":410}";

QByteArray watchLine(const char* type, const char* name, const char* version)
{
    return QByteArray("{\"type\":\"") + type + "\",\"object\":{\"kind\":\"Pod\",\"metadata\":{\"name\":\"" +
           name + "\",\"resourceVersion\":\"" + version + "\"}}}";
}

} // namespace

// Events a watch delivered, read by the test while the watch's thread adds to them. (Outside the anonymous
// namespace: the test class's lambdas capture it.)
struct Collected
{
    std::mutex mutex;
    std::vector<nlohmann::json> events;
    std::size_t size()
    {
        std::lock_guard lock(mutex);
        return events.size();
    }
};

// Sets `stop` when a test function leaves, also by a failed check, so a watch still running on its thread
// ends and the std::async future's destructor does not wait for ever.
struct StopOnExit
{
    std::atomic<bool>& stop;
    ~StopOnExit() { stop = true; }
};

class KubeApiClientTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_serverKey, m_serverCert, m_otherKey, m_otherCert, m_clientKey, m_clientCert;

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // Trusts the server's own certificate, as a kubeconfig's certificate-authority-data would.
    KubeConfig configFor(const CannedApiServer& server) const
    {
        KubeConfig config;
        config.contextName = "test";
        config.server = server.url(true).toStdString();
        config.certificateAuthorityPem = readText(m_serverCert);
        return config;
    }

    static KubeResponse get(KubeApiClient& client, const std::string& path = "/api/v1/namespaces/models/pods")
    {
        return offThread([&] { return client.request("GET", path); });
    }

private slots:
    void initTestCase()
    {
        // The canned server is on loopback; a proxy from the environment would stand between.
        for (const char* name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
        QVERIFY(m_dir.isValid());
        m_serverKey = file("server.key");
        m_serverCert = file("server.crt");
        m_otherKey = file("other.key");
        m_otherCert = file("other.crt");
        m_clientKey = file("client.key");
        m_clientCert = file("client.crt");
        QVERIFY(test::makeSelfSignedCertificate(m_serverKey, m_serverCert));
        QVERIFY(test::makeSelfSignedCertificate(m_otherKey, m_otherCert));
        QVERIFY(test::makeSelfSignedCertificate(m_clientKey, m_clientCert));
    }

    void verifiedTlsWithTheConfiguredCa()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{\"kind\":\"PodList\",\"items\":[]}"}; });
        KubeApiClient client(configFor(server));
        const KubeResponse response = get(client);
        QVERIFY2(response.ok(), response.message().c_str());
        QCOMPARE(response.status, 200);
        QVERIFY(response.json()["kind"] == nlohmann::json("PodList"));
        QVERIFY(response.message().empty());
        QCOMPARE(server.requests().size(), std::size_t(1));
        QCOMPARE(server.requests()[0].method, QByteArray("GET"));
        QCOMPARE(server.requests()[0].target, QByteArray("/api/v1/namespaces/models/pods"));
        QCOMPARE(server.requests()[0].headers.value("accept"), QByteArray("application/json"));
        QVERIFY(!server.requests()[0].headers.contains("authorization"));
    }

    void verifiedTlsWithACaFile()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        KubeConfig config = configFor(server);
        config.certificateAuthorityPem.clear();
        config.certificateAuthorityFile = m_serverCert.toStdString();
        KubeApiClient client(config);
        const KubeResponse response = get(client);
        QVERIFY2(response.ok(), response.message().c_str());
    }

    void anotherCaIsATlsError_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::newRow("another CA inline") << "inline";
        QTest::newRow("another CA file") << "file";
        QTest::newRow("system trust store") << "system";
    }

    void anotherCaIsATlsError()
    {
        QFETCH(QString, ca);
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        KubeConfig config = configFor(server);
        config.certificateAuthorityPem = ca == "inline" ? readText(m_otherCert) : std::string();
        config.certificateAuthorityFile = ca == "file" ? m_otherCert.toStdString() : std::string();
        KubeApiClient client(config);
        const KubeResponse response = get(client);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.ok());
        QVERIFY2(response.error.find("certificate") != std::string::npos, response.error.c_str());
        QCOMPARE(response.message(), response.error);
        QVERIFY(server.requests().empty());
    }

    void insecureSkipTlsVerifyAcceptsAnyCertificate()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        KubeConfig config = configFor(server);
        config.certificateAuthorityPem.clear();
        config.insecureSkipTlsVerify = true;
        KubeApiClient client(config);
        const KubeResponse response = get(client);
        QVERIFY2(response.ok(), response.message().c_str());
    }

    void bearerTokenIsSent()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        KubeConfig config = configFor(server);
        config.token = "abc.def";
        KubeApiClient client(config);
        QVERIFY(get(client).ok());
        QCOMPARE(server.requests().at(0).headers.value("authorization"), QByteArray("Bearer abc.def"));
    }

    void rewrittenTokenFileIsReadAgain()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        const QString tokenPath = file("token");
        writeText(tokenPath, "first-token\n");
        KubeConfig config = configFor(server);
        config.tokenFile = tokenPath.toStdString();
        KubeApiClient::Options options;
        options.tokenRecheck = std::chrono::milliseconds(0); // the one-second pause is not what is tested
        KubeApiClient client(config, options);
        QVERIFY(get(client).ok());
        QVERIFY(get(client).ok());
        writeText(tokenPath, "second-token\n");
        // A rotation within the file system's time resolution must still be seen: move the time on.
        const std::filesystem::path path(tokenPath.toStdString());
        std::filesystem::last_write_time(path,
                                         std::filesystem::last_write_time(path) + std::chrono::seconds(5));
        QVERIFY(get(client).ok());
        QCOMPARE(server.requests().size(), std::size_t(3));
        QCOMPARE(server.requests()[0].headers.value("authorization"), QByteArray("Bearer first-token"));
        QCOMPARE(server.requests()[1].headers.value("authorization"), QByteArray("Bearer first-token"));
        QCOMPARE(server.requests()[2].headers.value("authorization"), QByteArray("Bearer second-token"));
    }

    void clientCertificateIsPresented_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("inline PEM") << "inline";
        QTest::newRow("files") << "files";
    }

    void clientCertificateIsPresented()
    {
        QFETCH(QString, form);
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert, m_clientCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        KubeConfig config = configFor(server);
        if (form == "inline") {
            config.clientCertificatePem = readText(m_clientCert);
            config.clientKeyPem = readText(m_clientKey);
        } else {
            config.clientCertificateFile = m_clientCert.toStdString();
            config.clientKeyFile = m_clientKey.toStdString();
        }
        KubeApiClient client(config);
        const KubeResponse response = get(client);
        QVERIFY2(response.ok(), response.message().c_str());
        QCOMPARE(server.requests().size(), std::size_t(1));
        QVERIFY(server.requests()[0].clientCertificate);
    }

    void serverThatRequiresACertificateRefusesNone()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert, m_clientCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        KubeApiClient client(configFor(server));
        const KubeResponse response = get(client);
        QVERIFY(!response.ok());
        QCOMPARE(response.status, 0);
        QVERIFY(server.requests().empty());
    }

    void forbiddenNamesTheMissingPermission()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{403, kForbidden}; });
        KubeApiClient client(configFor(server));
        const KubeResponse response = get(client);
        QCOMPARE(response.status, 403);
        QVERIFY(response.error.empty());
        QVERIFY(!response.ok());
        QCOMPARE(response.message(),
                 std::string("pods is forbidden: User \"system:serviceaccount:sy:switchyard\" "
                             "cannot list resource \"pods\" in API group \"\" in the "
                             "namespace \"models\""));
    }

    void bodyMethodAndContentTypeAreSent()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{\"spec\":{\"replicas\":3}}"}; });
        KubeApiClient client(configFor(server));
        const nlohmann::json patch = {{"spec", {{"replicas", 3}}}};
        const KubeResponse response = offThread([&] {
            return client.request("PATCH", "/apis/apps/v1/namespaces/models/deployments/sy-a-b/scale", &patch,
                                  "application/merge-patch+json");
        });
        QVERIFY2(response.ok(), response.message().c_str());
        const auto& request = server.requests().at(0);
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/merge-patch+json"));
        QVERIFY(nlohmann::json::parse(request.body.toStdString()) == patch);
    }

    void requestsInSequenceReuseTheConnection()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        KubeApiClient client(configFor(server));
        QVERIFY(get(client).ok());
        QVERIFY(get(client).ok());
        QCOMPARE(server.requests().size(), std::size_t(2));
        QCOMPARE(server.requests()[1].connection, server.requests()[0].connection);
    }

    void callsFromManyThreadsAtOnce()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const CannedApiServer::Request& request) {
            return Reply{200, "{\"path\":\"" + request.target + "\"}"};
        });
        KubeApiClient client(configFor(server));
        constexpr int kThreads = 4;
        constexpr int kCalls = 5;
        const auto failures = offThread([&] {
            std::vector<std::future<int>> threads;
            for (int t = 0; t < kThreads; ++t) {
                threads.push_back(std::async(std::launch::async, [&client, t] {
                    int failed = 0;
                    for (int i = 0; i < kCalls; ++i) {
                        const std::string path =
                            "/api/v1/pods/t" + std::to_string(t) + "-" + std::to_string(i);
                        const KubeResponse response = client.request("GET", path);
                        failed += response.ok() && response.json()["path"] == path ? 0 : 1;
                    }
                    return failed;
                }));
            }
            int failed = 0;
            for (auto& thread : threads)
                failed += thread.get();
            return failed;
        });
        QCOMPARE(failures, 0);
        QCOMPARE(server.requests().size(), std::size_t(kThreads * kCalls));
    }

    void fromOptionsFindsTheKubeconfig()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) { return Reply{200, "{}"}; });
        const QString path = file("kubeconfig");
        writeText(path,
                  "apiVersion: v1\nkind: Config\ncurrent-context: dev\nclusters:\n- name: dev\n  cluster:\n"
                  "    server: " +
                      server.url(true).toStdString() +
                      "\n    certificate-authority: server.crt\n"
                      "contexts:\n- name: dev\n  context:\n    cluster: dev\n    user: ci\n"
                      "users:\n- name: ci\n  user:\n    token: from-kubeconfig\n");
        qunsetenv("KUBERNETES_SERVICE_HOST");
        qputenv("KUBECONFIG", (":" + path + ":/nonexistent").toLocal8Bit());
        for (const std::string& explicitPath : {path.toStdString(), std::string()}) {
            auto client = KubeApiClient::fromOptions(explicitPath, {});
            QVERIFY2(client, client ? "" : client.error().message.c_str());
            QCOMPARE((*client)->config().server, server.url(true).toStdString());
            QVERIFY(get(**client).ok());
        }
        qunsetenv("KUBECONFIG");
        QCOMPARE(server.requests().size(), std::size_t(2));
        QCOMPARE(server.requests()[1].headers.value("authorization"), QByteArray("Bearer from-kubeconfig"));
    }

    void oversizedResponseIsRefused_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("length declared") << false;
        QTest::newRow("chunked, no length") << true;
    }

    void oversizedResponseIsRefused()
    {
        QFETCH(bool, chunked);
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        const QByteArray big(2 << 20, 'x');
        server.setHandler([&](const auto&) {
            Reply reply{200, big};
            reply.chunked = chunked;
            return reply;
        });
        KubeApiClient::Options options;
        options.maxResponseBytes = 1 << 20;
        KubeApiClient client(configFor(server), options);
        const KubeResponse response = get(client);
        QCOMPARE(response.status, 0);
        QVERIFY(response.body.empty());
        QVERIFY2(response.error.find("larger than 1 MiB") != std::string::npos, response.error.c_str());
    }

    void watchDeliversLinesSplitAcrossChunks()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        // One whole event and the start of the next in the first chunk.
        server.setHandler([](const auto&) {
            Reply reply{200, watchLine("ADDED", "a", "5") + "\n" + watchLine("MODIFIED", "a", "6").left(20)};
            reply.stream = true;
            return reply;
        });
        KubeApiClient client(configFor(server));
        Collected collected;
        std::atomic<bool> stop{false};
        auto watch = std::async(std::launch::async, [&] {
            return client.watch(
                "/api/v1/namespaces/models/pods?watch=1",
                [&](const nlohmann::json& e) {
                    std::lock_guard lock(collected.mutex);
                    collected.events.push_back(e);
                    return true;
                },
                stop);
        });
        const StopOnExit stopOnExit{stop};
        QTRY_COMPARE_WITH_TIMEOUT(collected.size(), std::size_t(1), 10000);
        // The rest of that event, a blank line, and one ending in CRLF, each cut mid-way.
        const QByteArray rest =
            watchLine("MODIFIED", "a", "6").mid(20) + "\n\n" + watchLine("DELETED", "a", "7").left(7);
        server.sendChunk(rest);
        server.sendChunk(watchLine("DELETED", "a", "7").mid(7) + "\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(collected.size(), std::size_t(3), 10000);
        server.endStream();
        QVERIFY(QTest::qWaitFor(
            [&] { return watch.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 10000));
        const auto end = watch.get();
        QCOMPARE(int(end.reason), int(Reason::Closed));
        QCOMPARE(end.status, 200);
        QVERIFY(collected.events[0]["type"] == nlohmann::json("ADDED"));
        QVERIFY(collected.events[1]["type"] == nlohmann::json("MODIFIED"));
        QVERIFY(collected.events[1]["object"]["metadata"]["resourceVersion"] == nlohmann::json("6"));
        QVERIFY(collected.events[2]["type"] == nlohmann::json("DELETED"));
        QCOMPARE(server.requests().at(0).target, QByteArray("/api/v1/namespaces/models/pods?watch=1"));
    }

    void watchStopsOnDemandWhileTheStreamIsSilent()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([](const auto&) {
            Reply reply{200, {}};
            reply.stream = true;
            return reply;
        });
        KubeApiClient client(configFor(server));
        std::atomic<bool> stop{false};
        auto watch = std::async(std::launch::async, [&] {
            return client.watch(
                "/api/v1/pods?watch=1", [](const nlohmann::json&) { return true; }, stop,
                std::chrono::minutes(10));
        });
        const StopOnExit stopOnExit{stop};
        QTRY_VERIFY_WITH_TIMEOUT(server.streaming(), 10000);
        QVERIFY(watch.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout);
        stop = true;
        // Without `stop` this watch would wait ten minutes; the bound only keeps a broken build from hanging.
        QVERIFY(QTest::qWaitFor(
            [&] { return watch.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, 5000));
        QCOMPARE(int(watch.get().reason), int(Reason::Stopped));
    }

    void watchEnds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("410 Gone") << 410 << QByteArray(kGone) << int(Reason::HttpError)
                                  << "too old resource version: 5 (42)";
        QTest::newRow("403") << 403 << QByteArray(kForbidden) << int(Reason::HttpError)
                             << "pods is forbidden";
        QTest::newRow("not an event")
            << 200 << QByteArray("hello\n") << int(Reason::BadStream) << "not a watch event";
        QTest::newRow("event without object") << 200
                                              << QByteArray("{\"type\":\"ADDED\"}"
                                                            "\n")
                                              << int(Reason::BadStream) << "not a watch event";
        QTest::newRow("line too long")
            << 200 << QByteArray(2048, 'x') << int(Reason::BadStream) << "longer than";
        QTest::newRow("declined") << 200 << watchLine("ADDED", "stop", "9") + "\n"
                                  << int(Reason::Declined) << "";
    }

    void watchEnds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, reason);
        QFETCH(QString, message);
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        server.setHandler([&](const auto&) {
            Reply reply{status, body};
            reply.stream = status == 200;
            return reply;
        });
        KubeApiClient::Options options;
        options.maxWatchLineBytes = 1024;
        KubeApiClient client(configFor(server), options);
        std::atomic<bool> stop{false};
        const auto end = offThread([&] {
            return client.watch(
                "/api/v1/pods?watch=1",
                [](const nlohmann::json& e) { return e["object"]["metadata"]["name"] != "stop"; }, stop);
        });
        QCOMPARE(end.reason, Reason(reason));
        QCOMPARE(end.status, status);
        QVERIFY2(end.message().find(message.toStdString()) != std::string::npos, end.message().c_str());
    }

    void refusedConnectionIsATransportError()
    {
        CannedApiServer server;
        QVERIFY(server.listenTls(m_serverKey, m_serverCert));
        KubeConfig config = configFor(server);
        server.close();
        KubeApiClient client(config);
        const KubeResponse response = get(client);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.error.empty());
        std::atomic<bool> stop{false};
        const auto end = offThread([&] {
            return client.watch(
                "/api/v1/pods?watch=1", [](const nlohmann::json&) { return true; }, stop);
        });
        QCOMPARE(end.reason, Reason::Transport);
        QVERIFY(!end.error.empty());
    }
};

QTEST_GUILESS_MAIN(KubeApiClientTest)
#include "KubeApiClientTest.moc"
