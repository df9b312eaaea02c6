#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>
#include <vector>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QCryptographicHash>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "DataplaneTestSupport.h"

using namespace switchyard::test;
namespace http = boost::beast::http;

// The real switchyard-replica binary on a free loopback port.
class TestReplicaServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void healthAndScore();
    void malformedBodyIs400();
    void workMsHoldsTheAnswer();
    void concurrentRequestsAreHeldTogether();
    void badModelExits();
    void listensOnTheHostItIsGiven();
    void listensOnEveryInterfaceByDefault();
    void badListenHostExits();
    void sigtermAnswersTheRequestInFlight();
    void secondSignalStopsAtOnce();
    void fetchRetriesWhileTheServerIsUnavailable();
    void fetchRefusesAnOversizedModel();

private:
    // `host`: SWITCHYARD_LISTEN_HOST (unset when empty); the health check polls `probeHost`.
    bool startReplica(int workMs, const QString& host = {}, const std::string& probeHost = "127.0.0.1");
    // Whether a new connection is refused (the listener closed) within a few seconds.
    bool refusesConnections();
    // Answers once the replica's one thread has read what was already sent on open connections: it served
    // a health check on a new connection, which takes it more turns of its loop (accept, read, write) than
    // reading a request that had already arrived.
    bool caughtUp() { return httpCall(m_port, http::verb::get, "/health").status == 200; }

    QTemporaryDir m_dir;
    QProcess m_process;
    unsigned short m_port = 0;
};

bool TestReplicaServer::startReplica(int workMs, const QString& host, const std::string& probeHost)
{
    const QString model = m_dir.filePath(QStringLiteral("model.json"));
    if (!writeFile(model, exampleModel(workMs)))
        return false;
    m_port = freeLoopbackPort();
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORT"), QString::number(m_port));
    env.insert(QStringLiteral("MODEL_PATH"), model);
    env.remove(QStringLiteral("SWITCHYARD_LISTEN_HOST"));
    if (!host.isEmpty())
        env.insert(QStringLiteral("SWITCHYARD_LISTEN_HOST"), host);
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.start(QStringLiteral(SWITCHYARD_REPLICA_BINARY), {});
    if (!m_process.waitForStarted(5000))
        return false;
    // A sanitized binary starting on a loaded machine may take seconds.
    for (const QDeadlineTimer deadline(30000); !deadline.hasExpired();) {
        if (httpCallAt(probeHost, m_port, http::verb::get, "/health").status == 200)
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(50);
    }
    return false;
}

bool TestReplicaServer::refusesConnections()
{
    for (const QDeadlineTimer deadline(10000); !deadline.hasExpired(); QTest::qWait(20))
        if (httpCall(m_port, http::verb::get, "/health").status == 0)
            return true;
    return false;
}

void TestReplicaServer::init()
{
    QVERIFY(m_dir.isValid());
}

void TestReplicaServer::cleanup()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void TestReplicaServer::healthAndScore()
{
    QVERIFY(startReplica(0));
    const auto health = httpCall(m_port, http::verb::get, "/health");
    QCOMPARE(health.status, 200);
    const auto score = httpCall(m_port, http::verb::post, "/score", R"({"data": [[1, 2]]})");
    QCOMPARE(score.status, 200);
    const auto json = nlohmann::json::parse(score.body);
    const double e = std::exp(1.9);
    QVERIFY(std::abs(json["result"][0][0].get<double>() - 1.0 / (1.0 + e)) < 1e-12);
    QVERIFY(json["labels"] == nlohmann::json({"stay", "churn"}));
    QCOMPARE(httpCall(m_port, http::verb::get, "/nowhere").status, 404);
    QCOMPARE(httpCall(m_port, http::verb::get, "/score").status, 405);
}

void TestReplicaServer::malformedBodyIs400()
{
    QVERIFY(startReplica(0));
    for (const char* body : {"{\"data\": [[1]]}", "{\"data\": [[1, \"x\"]]}", "not json", "{}"}) {
        const auto answer = httpCall(m_port, http::verb::post, "/score", body);
        QCOMPARE(answer.status, 400);
        const auto json = nlohmann::json::parse(answer.body, nullptr, false);
        QVERIFY(json.is_object() && json.contains("error"));
        QVERIFY(json["error"]["code"].is_string());
        QVERIFY(json["error"]["message"].is_string());
        QVERIFY(json["error"].contains("target"));
    }
    // Still serving after bad input.
    QCOMPARE(httpCall(m_port, http::verb::post, "/score", R"({"data": [[0, 0]]})").status, 200);
}

void TestReplicaServer::workMsHoldsTheAnswer()
{
    QVERIFY(startReplica(300));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(httpCall(m_port, http::verb::post, "/score", R"({"data": [[1, 2]]})").status, 200);
    // A lower bound only: the answer cannot come before work_ms (an upper bound would be a timing test).
    QVERIFY(timer.elapsed() >= 290);
    // The health path is not held.
    QCOMPARE(httpCall(m_port, http::verb::get, "/health").status, 200);
}

void TestReplicaServer::concurrentRequestsAreHeldTogether()
{
    // Four requests held at once by one single-threaded replica: each is answered, none queued behind
    // another's timer (the replica would need 4 × work_ms if it slept).
    QVERIFY(startReplica(800));
    std::vector<std::thread> threads;
    std::atomic<int> ok{0};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&] {
            if (httpCall(m_port, http::verb::post, "/score", R"({"data": [[1, 2]]})").status == 200)
                ++ok;
        });
    for (auto& t : threads)
        t.join();
    QCOMPARE(ok.load(), 4);
    QVERIFY(timer.elapsed() >= 790);
    QVERIFY2(timer.elapsed() < 4 * 800,
             "the replica serialised requests: it sleeps instead of using a timer");
}

void TestReplicaServer::badModelExits()
{
    const QString model = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(model, R"({"format": "nope"})"));
    QProcess process;
    process.start(QStringLiteral(SWITCHYARD_REPLICA_BINARY),
                  {QStringLiteral("--model"), model, QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
}

void TestReplicaServer::listensOnTheHostItIsGiven()
{
    // In a pod the downward API puts the pod's IP here; 127.0.0.2 is another loopback address on Linux.
    QVERIFY(startReplica(0, QStringLiteral("127.0.0.2"), "127.0.0.2"));
    QCOMPARE(httpCallAt("127.0.0.2", m_port, http::verb::post, "/score", R"({"data": [[1, 2]]})").status,
             200);
    // Nothing listens on the port elsewhere: the connection is refused.
    QCOMPARE(httpCallAt("127.0.0.1", m_port, http::verb::get, "/health").status, 0);
}

void TestReplicaServer::listensOnEveryInterfaceByDefault()
{
    QVERIFY(startReplica(0));
    QCOMPARE(httpCallAt("127.0.0.1", m_port, http::verb::get, "/health").status, 200);
    QCOMPARE(httpCallAt("127.0.0.2", m_port, http::verb::get, "/health").status, 200);
}

void TestReplicaServer::badListenHostExits()
{
    const QString model = m_dir.filePath(QStringLiteral("model.json"));
    QVERIFY(writeFile(model, exampleModel(0)));
    for (const char* host : {"localhost", "127.0.0.256", "not an address"}) {
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SWITCHYARD_LISTEN_HOST"), QString::fromLatin1(host));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SWITCHYARD_REPLICA_BINARY),
                      {QStringLiteral("--model"), model, QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains("SWITCHYARD_LISTEN_HOST"), host);
    }
}

namespace {

// A keep-alive connection the test drives itself, so a request can be on its way while a signal arrives.
struct Connection
{
    boost::asio::io_context io;
    boost::beast::tcp_stream stream{io};
    boost::beast::flat_buffer buffer;

    void send(http::verb method, const std::string& target, const std::string& body = {})
    {
        http::request<http::string_body> req{method, target, 11};
        req.set(http::field::host, "127.0.0.1");
        req.set(http::field::content_type, "application/json");
        req.keep_alive(true);
        req.body() = body;
        req.prepare_payload();
        http::write(stream, req);
    }
    // The next answer; status 0 when the connection ended without one.
    http::response<http::string_body> receive()
    {
        http::response<http::string_body> res;
        boost::system::error_code ec;
        http::read(stream, buffer, res, ec);
        if (ec)
            res.result(0);
        return res;
    }
};

} // namespace

void TestReplicaServer::sigtermAnswersTheRequestInFlight()
{
    QVERIFY(startReplica(3000));
    Connection connection;
    connection.stream.expires_after(std::chrono::seconds(30));
    connection.stream.connect({boost::asio::ip::make_address("127.0.0.1"), m_port});
    // The connection is accepted and served before the slow request goes out on it.
    connection.send(http::verb::get, "/health");
    QCOMPARE(connection.receive().result_int(), 200u);
    connection.send(http::verb::post, "/score", R"({"data": [[1, 2]]})");
    QVERIFY(caughtUp()); // the request is read and held by its 3 s timer
    m_process.terminate();

    // No new connections while it drains.
    QVERIFY2(refusesConnections(), "the replica kept accepting connections after SIGTERM");

    const auto answer = connection.receive();
    QCOMPARE(answer.result_int(), 200u);
    QVERIFY(nlohmann::json::parse(answer.body()).contains("result"));
    QVERIFY2(!answer.keep_alive(), "a draining replica must close the connection after its answer");
    QVERIFY(m_process.waitForFinished(30000));
    QCOMPARE(m_process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process.exitCode(), 0);
}

void TestReplicaServer::secondSignalStopsAtOnce()
{
    QVERIFY(startReplica(60000));
    Connection connection;
    connection.stream.expires_after(std::chrono::seconds(30));
    connection.stream.connect({boost::asio::ip::make_address("127.0.0.1"), m_port});
    connection.send(http::verb::get, "/health");
    QCOMPARE(connection.receive().result_int(), 200u);
    connection.send(http::verb::post, "/score", R"({"data": [[1, 2]]})");
    QVERIFY(caughtUp()); // the request is read and held by its 60 s timer
    m_process.terminate();
    // The first signal is taken (the listener closed) before the second is sent: two signals pending at
    // once would be one.
    QVERIFY(refusesConnections());
    QVERIFY(!m_process.waitForFinished(500)); // draining: the 60 s request holds it
    m_process.terminate();
    QVERIFY(m_process.waitForFinished(10000));
    QCOMPARE(m_process.exitCode(), 0);
    QCOMPARE(connection.receive().result_int(), 0u); // the request was dropped, not answered
}

namespace {

// A model server stand-in: answers the n-th request with answers[n] (the last one from then on) and
// keeps each request's head, so the test sees what the replica sent.
class ScriptedServer
{
public:
    explicit ScriptedServer(QList<QByteArray> answers) : m_answers(std::move(answers))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    auto& head = m_partial[socket];
                    head += socket->readAll();
                    if (!head.contains("\r\n\r\n"))
                        return;
                    m_heads << head;
                    socket->write(m_answers.at(std::min<qsizetype>(m_heads.size(), m_answers.size()) - 1));
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/model").arg(m_server.serverPort()); }
    const QList<QByteArray>& heads() const { return m_heads; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_answers;
    QList<QByteArray> m_heads;
    std::map<QTcpSocket*, QByteArray> m_partial;
};

QByteArray answer(const QByteArray& status, const QByteArray& body, qint64 length = -1)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
           QByteArray::number(length < 0 ? body.size() : length) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

void TestReplicaServer::fetchRetriesWhileTheServerIsUnavailable()
{
    // Twice unavailable (a restarting server), then the model: the replica keeps trying with the same
    // credential, checks the digest and serves.
    const QByteArray model = QByteArray::fromStdString(exampleModel(0));
    ScriptedServer server({answer("503 Service Unavailable", "{}"), answer("503 Service Unavailable", "{}"),
                           answer("200 OK", model)});
    QVERIFY(server.listen());
    m_port = freeLoopbackPort();
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MODEL_PATH"));
    env.insert(QStringLiteral("PORT"), QString::number(m_port));
    env.insert(QStringLiteral("SWITCHYARD_LISTEN_HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("SWITCHYARD_MODEL_URL"), server.url());
    env.insert(QStringLiteral("SWITCHYARD_MODEL_TOKEN"), QStringLiteral("model-credential-123"));
    env.insert(QStringLiteral("SWITCHYARD_MODEL_SHA256"),
               QString::fromLatin1(QCryptographicHash::hash(model, QCryptographicHash::Sha256).toHex()));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(SWITCHYARD_REPLICA_BINARY), {});
    QVERIFY(m_process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(httpCall(m_port, http::verb::get, "/health").status == 200, 30000);
    QCOMPARE(server.heads().size(), 3);
    for (const auto& head : server.heads()) {
        QVERIFY2(head.startsWith("GET /model HTTP/1.1\r\n"), head.constData());
        QVERIFY2(head.contains("\r\nAuthorization: Bearer model-credential-123\r\n"), head.constData());
    }
    QCOMPARE(httpCall(m_port, http::verb::post, "/score", R"({"data": [[1, 2]]})").status, 200);
    const auto output = m_process.readAll();
    QVERIFY2(output.contains("attempt 3 of"), output.constData());
    QVERIFY2(!output.contains("model-credential-123"), "the replica printed its credential");
}

void TestReplicaServer::fetchRefusesAnOversizedModel()
{
    // An answer that announces more than the replica takes (256 MiB) is refused without reading it.
    ScriptedServer server({answer("200 OK", "{", 300ll * 1024 * 1024)});
    QVERIFY(server.listen());
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MODEL_PATH"));
    env.insert(QStringLiteral("SWITCHYARD_MODEL_URL"), server.url());
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(SWITCHYARD_REPLICA_BINARY),
                    {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(m_process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(m_process.state() == QProcess::NotRunning, 30000);
    QCOMPARE(m_process.exitCode(), 1);
    const auto output = m_process.readAll();
    QVERIFY2(output.contains("larger than 268435456 bytes"), output.constData());
    QCOMPARE(server.heads().size(), 1); // final, not retried
}

QTEST_GUILESS_MAIN(TestReplicaServer)
#include "tst_replicaserver.moc"
