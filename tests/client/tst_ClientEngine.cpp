// The client's transport behaviour against a scripted server: retries, no retry of POST, auth header,
// timeouts, cancellation, destruction with calls in flight, connection reuse.
#include <QTest>

#include <atomic>
#include <memory>
#include <mutex>

#include "FakeHttpServer.h"
#include "SwitchyardClient.h"

using namespace switchyard;
using namespace switchyard::client;

namespace {

// Collects one callback's result from the client's thread.
template <class T>
struct Catch
{
    std::mutex mutex;
    std::optional<ApiResult<T>> result;
    std::atomic<int> calls{0};
    Callback<T> callback()
    {
        return [this](ApiResult<T> r) {
            std::lock_guard lock(mutex);
            result.emplace(std::move(r));
            ++calls;
        };
    }
};

ClientOptions fastOptions(const QString& url)
{
    ClientOptions o;
    o.baseUrl = url.toStdString();
    o.adminToken = "secret-token";
    o.retryBaseDelay = std::chrono::milliseconds(10);
    o.retryMaxDelay = std::chrono::milliseconds(50);
    o.totalTimeout = std::chrono::milliseconds(5000);
    return o;
}

const QByteArray kCluster = R"({"name": "fake", "purpose": "DevTest", "autoscaler_enabled": false})";
const QByteArray kBusy =
    R"({"error": {"code": "NoCapacity", "message": "All replicas are busy.", "target": null}})";

} // namespace

class ClientEngineTest : public QObject
{
    Q_OBJECT

private slots:
    void getIsRetriedOn503ThenSucceeds()
    {
        FakeHttpServer server;
        server.script({{503, kBusy}, {503, kBusy}, {200, kCluster}});
        SwitchyardClient client(fastOptions(server.url()));
        Catch<ClusterInfo> c;
        client.getCluster(c.callback());
        QTRY_COMPARE(c.calls.load(), 1);
        QVERIFY(c.result->ok());
        QCOMPARE(c.result->value().name, std::string("fake"));
        QCOMPARE(server.seen().size(), 3);
        QCOMPARE(server.seen().at(0).headers.value("authorization"), QByteArray("Bearer secret-token"));
        QCOMPARE(server.seen().at(0).path, QByteArray("/api/v1/cluster"));
    }

    void postIsNotRetriedAndErrorIsReadable()
    {
        FakeHttpServer server;
        server.script({{503, kBusy}, {200, "{}"}});
        SwitchyardClient client(fastOptions(server.url()));
        Catch<KeySet> c;
        client.regenerateKey("churn", KeyType::Secondary, c.callback());
        QTRY_COMPARE(c.calls.load(), 1);
        QVERIFY(!c.result->ok());
        QCOMPARE(c.result->httpStatus(), 503);
        QCOMPARE(c.result->error().kind, ErrorKind::ServiceUnavailable);
        QCOMPARE(c.result->error().code, std::string("NoCapacity"));
        QCOMPARE(describe(*c.result), std::string("503 NoCapacity: All replicas are busy."));
        QCOMPARE(server.seen().size(), 1);
        QCOMPARE(server.seen().at(0).body, QByteArray(R"({"key_type":"Secondary"})"));
        QCOMPARE(server.seen().at(0).headers.value("content-type"), QByteArray("application/json"));
    }

    void nonContractErrorBodyStillReadable()
    {
        FakeHttpServer server;
        server.script({{404, "no such page"}});
        SwitchyardClient client(fastOptions(server.url()));
        Catch<EndpointInfo> c;
        client.getEndpoint("churn", c.callback());
        QTRY_COMPARE(c.calls.load(), 1);
        QCOMPARE(c.result->error().kind, ErrorKind::NotFound);
        QCOMPARE(c.result->error().code, std::string("HttpError"));
        QVERIFY(c.result->error().message.find("no such page") != std::string::npos);
    }

    void malformedSuccessBodyIsAnError()
    {
        FakeHttpServer server;
        server.script({{200, R"({"name": 5})"}});
        SwitchyardClient client(fastOptions(server.url()));
        Catch<ClusterInfo> c;
        client.getCluster(c.callback());
        QTRY_COMPARE(c.calls.load(), 1);
        QVERIFY(!c.result->ok());
        QCOMPARE(c.result->error().code, std::string("UnexpectedResponse"));
    }

    void connectionRefusedIsTransportErrorAfterRetries()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            closedPort = probe.serverPort();
        }
        auto options = fastOptions(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        SwitchyardClient client(options);
        Catch<ClusterInfo> c;
        client.getCluster(c.callback());
        QTRY_COMPARE(c.calls.load(), 1);
        QCOMPARE(c.result->httpStatus(), 0);
        QCOMPARE(c.result->error().kind, ErrorKind::Transport);
        QCOMPARE(c.result->error().code, std::string("ConnectionFailed"));
        QVERIFY2(c.result->error().message.find("after 4 attempts") != std::string::npos,
                 c.result->error().message.c_str());
    }

    void totalTimeout()
    {
        FakeHttpServer server;
        server.script({{200, "", true}});
        auto options = fastOptions(server.url());
        options.totalTimeout = std::chrono::milliseconds(300);
        options.maxRetries = 0;
        SwitchyardClient client(options);
        Catch<ClusterInfo> c;
        client.getCluster(c.callback());
        QTRY_COMPARE(c.calls.load(), 1);
        QCOMPARE(c.result->error().code, std::string("Timeout"));
    }

    void cancelledCallIsNeverCalledBack()
    {
        FakeHttpServer server;
        server.script({{200, "", true}});
        SwitchyardClient client(fastOptions(server.url()));
        Catch<ClusterInfo> c;
        auto handle = client.getCluster(c.callback());
        QTRY_COMPARE(server.seen().size(), 1);
        QVERIFY(!handle.finished());
        handle.cancel();
        handle.cancel(); // idempotent
        QVERIFY(handle.finished());
        QTest::qWait(200);
        QCOMPARE(c.calls.load(), 0);
        // The client still works afterwards.
        Catch<ClusterInfo> d;
        client.getCluster(d.callback());
        QTRY_COMPARE(d.calls.load(), 1);
        QVERIFY(d.result->ok());
    }

    void destroyingClientDropsCallsInFlight()
    {
        FakeHttpServer server;
        server.script({{200, "", true}});
        auto c = std::make_shared<Catch<ClusterInfo>>();
        RequestHandle handle;
        {
            SwitchyardClient client(fastOptions(server.url()));
            handle = client.getCluster(c->callback());
            QTRY_COMPARE(server.seen().size(), 1);
        }
        handle.cancel(); // safe after the client is gone
        QCOMPARE(c->calls.load(), 0);
    }

    void connectionsAreReused()
    {
        FakeHttpServer server;
        server.script({{200, kCluster}, {200, kCluster}, {200, kCluster}});
        SwitchyardClient client(fastOptions(server.url()));
        for (int i = 0; i < 3; ++i) {
            Catch<ClusterInfo> c;
            client.getCluster(c.callback());
            QTRY_COMPARE(c.calls.load(), 1);
            QVERIFY(c.result->ok());
        }
        QCOMPARE(server.connections(), 1);
    }

    void scoreCarriesHeadersAndNeverRetries()
    {
        FakeHttpServer server;
        server.script({{503, kBusy}});
        SwitchyardClient client(fastOptions(server.url()));
        Catch<ScoreResult> c;
        ScoreRequest request;
        request.body = R"({"data": [[1, 2]]})";
        request.credential = "endpoint-key";
        request.version = "versionb";
        client.score("churn", request, c.callback());
        QTRY_COMPARE(c.calls.load(), 1);
        QVERIFY(c.result->ok()); // an HTTP answer, even 503, is a score result
        QCOMPARE(c.result->value().status, 503);
        QCOMPARE(c.result->value().servedBy, std::string("fake"));
        QCOMPARE(c.result->value().requestId, std::string("r-1"));
        QCOMPARE(c.result->value().error().code, std::string("NoCapacity"));
        QCOMPARE(server.seen().size(), 1);
        const auto& seen = server.seen().at(0);
        QCOMPARE(seen.path, QByteArray("/score/churn"));
        QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer endpoint-key"));
        QCOMPARE(seen.headers.value("x-switchyard-version"), QByteArray("versionb"));
        QCOMPARE(seen.body, QByteArray(request.body.c_str()));
    }

    // The headers are the final answer's, not those of an interim 1xx answer before it.
    void headersAreTheFinalAnswers()
    {
        FakeHttpServer server;
        server.script({{200, R"({"result": [3]})"}});
        server.scriptInterim(
            "HTTP/1.1 100 Continue\r\nX-Switchyard-Version: interim\r\nX-Request-Id: i-1\r\n\r\n");
        SwitchyardClient client(fastOptions(server.url()));
        Catch<ScoreResult> c;
        ScoreRequest request;
        request.body = R"({"data": [[1, 2]]})";
        client.score("churn", request, c.callback());
        QTRY_COMPARE(c.calls.load(), 1);
        QVERIFY(c.result->ok());
        QCOMPARE(c.result->value().status, 200);
        QCOMPARE(c.result->value().servedBy, std::string("fake"));
        QCOMPARE(c.result->value().requestId, std::string("r-1"));
    }
};

QTEST_GUILESS_MAIN(ClientEngineTest)
#include "tst_ClientEngine.moc"
