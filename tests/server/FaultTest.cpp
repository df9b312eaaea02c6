#include <csignal>
#include <memory>
#include <vector>

#include <sys/statvfs.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "ServerTestBase.h"

using namespace switchyard::test;

// Faults an operator meets: SIGTERM with requests in flight, the data dir's disk full, a
// replica that hangs instead of dying. (kill -9 under load is DurabilityTest.)
class FaultTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray model(int workMs)
    {
        return QByteArray(R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]], "bias": [0.5],
                              "work_ms": )") +
               QByteArray::number(workMs) + "}";
    }

    static bool healthy(HttpClient& client, const std::string& endpoint)
    {
        const auto e = client.get(QString::fromStdString("/api/v1/endpoints/" + endpoint)).json();
        return e.is_object() && e.value("state", "") == "Healthy";
    }

    static std::unique_ptr<QTcpSocket> send(const QUrl& url, const QByteArray& bytes)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(url.host(), quint16(url.port()));
        if (!socket->waitForConnected(5000))
            return nullptr;
        socket->write(bytes);
        socket->waitForBytesWritten(5000);
        return socket;
    }

    // All the socket receives until the server closes it or `ms` pass.
    static QByteArray readAll(QTcpSocket& socket, int ms)
    {
        QByteArray out;
        QElapsedTimer elapsed;
        elapsed.start();
        while (elapsed.elapsed() < ms && socket.state() == QAbstractSocket::ConnectedState)
            if (socket.waitForReadyRead(100))
                out += socket.readAll();
        return out + socket.readAll();
    }

    static int replicaPid(HttpClient& client, const QString& logsPath)
    {
        static const QRegularExpression started(QStringLiteral("started replica \\S+ \\(pid (\\d+)"));
        const auto logs = QString::fromUtf8(client.get(logsPath).body);
        int pid = 0;
        for (auto it = started.globalMatch(logs); it.hasNext();)
            pid = it.next().captured(1).toInt();
        return pid;
    }

private slots:
    // SIGTERM is a graceful stop: the listener closes, what is in flight finishes (scoring requests and
    // an events long poll alike), then the server exits 0.
    void sigtermLetsRequestsInFlightFinish()
    {
        ServerProcess server{
            {"--purpose", "DevTest", "--cpu-cores", "8", "--memory-gb", "16", "--shutdown-grace", "20"}};
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        HttpClient client(server.url(), server.adminToken());
        // Slow enough that the requests are still on the replicas when the test has seen them arrive and sent
        // the signal, however slowly a loaded machine lets the test look.
        const auto slow = uploadModel(client, "slow", model(5000));
        QVERIFY(!slow.empty());
        EXPECT_STATUS(client.post("/api/v1/endpoints", endpointSpec("drain", slow, {{"auth_enabled", false}},
                                                                    {{"num_replicas", 2},
                                                                     {"replica_max_concurrent_requests", 2},
                                                                     {"scoring_timeout_ms", 10000}})),
                      201);
        QTRY_VERIFY_WITH_TIMEOUT(healthy(client, "drain"), 60000);
        const auto next = client.get("/api/v1/events").json()["next"].get<qint64>();

        std::vector<std::unique_ptr<QTcpSocket>> scoring;
        const QByteArray body = R"({"data": [[1.0, 2.0]]})";
        for (int i = 0; i < 4; ++i) {
            scoring.push_back(send(server.url(), "POST /score/drain HTTP/1.1\r\nHost: x\r\n"
                                                 "Content-Type: application/json\r\nContent-Length: " +
                                                     QByteArray::number(body.size()) + "\r\n\r\n" + body));
            QVERIFY(scoring.back());
        }
        auto poll = send(server.url(), "GET /api/v1/events?after=" + QByteArray::number(next) +
                                           "&wait=30 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                                           server.adminToken().toUtf8() + "\r\n\r\n");
        QVERIFY(poll);
        auto idle = send(server.url(), {}); // a keep-alive connection with nothing in flight
        QVERIFY(idle);
        // The scoring requests are on the replicas (two each, their limit) before the signal: one the server
        // has not read yet is not in flight, and its connection would rightly be closed as idle.
        const auto onReplicas = [&] {
            int inflight = 0;
            const auto replicas = client.get("/api/v1/endpoints/drain/versions/versiona/replicas").json();
            for (const auto& replica : replicas.value("replicas", json::array()))
                inflight += replica.value("inflight", 0);
            return inflight;
        };
        QTRY_COMPARE_WITH_TIMEOUT(onReplicas(), 4, 20000);
        QCOMPARE(::kill(static_cast<pid_t>(server.pid()), SIGTERM), 0);
        // The server says when it took the signal; it closes its listener right after.
        QTRY_VERIFY_WITH_TIMEOUT(server.drainOutput().contains(QStringLiteral("stopping: ")), 10000);

        // No new connections, …
        bool refused = false;
        for (QDeadlineTimer deadline(10000); !refused && !deadline.hasExpired();) {
            QTcpSocket late;
            late.connectToHost(server.url().host(), quint16(server.url().port()));
            refused = !late.waitForConnected(2000);
        }
        QVERIFY2(refused, "the server still took connections after SIGTERM");
        // … the idle one is closed, …
        QVERIFY(readAll(*idle, 10000).isEmpty());
        QCOMPARE(idle->state(), QAbstractSocket::UnconnectedState);
        // … and what was in flight is answered, with Connection: close.
        for (auto& socket : scoring) {
            const auto answer = readAll(*socket, 20000);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
            QVERIFY2(answer.contains("Connection: close"), answer.constData());
        }
        const auto polled = readAll(*poll, 10000);
        QVERIFY2(polled.startsWith("HTTP/1.1 200"), polled.constData());
        QCOMPARE(server.waitForExit(15000), 0);
        QVERIFY2(server.serverOutput().contains("4 request(s) in flight") ||
                     server.serverOutput().contains("5 request(s) in flight"),
                 qPrintable(server.serverOutput().right(2000)));
    }

    // Writes fail cleanly (507, nothing half-written, the server serves on) while the data dir's disk is
    // full, and work again once there is space; every acknowledged change survives a restart.
    void diskFullFailsCleanlyAndRecovers()
    {
        if (::geteuid() != 0)
            QSKIP("a size-limited tmpfs for the data dir needs root (CI runs as root)");
        ServerProcess server{{"--cpu-cores", "8", "--memory-gb", "16", "--replica-binary", "/bin/false",
                              "--purpose", "DevTest"}};
        const QString dir = server.dataDir();
        QCOMPARE(QProcess::execute("mount", {"-t", "tmpfs", "-o", "size=4m", "tmpfs", dir}), 0);
        struct Unmount
        {
            QString dir;
            ~Unmount() { QProcess::execute("umount", {"-l", dir}); }
        } unmount{dir};
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        HttpClient client(server.url(), server.adminToken());
        const auto base = uploadModel(client, "base", "base model");
        QVERIFY(!base.empty());
        EXPECT_STATUS(client.post("/api/v1/endpoints", endpointSpec("full", base)), 201);

        // Take all but 32 KB.
        struct statvfs fs
        {};
        QCOMPARE(::statvfs(dir.toUtf8().constData(), &fs), 0);
        const qint64 freeBytes = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        QFile filler(dir + "/filler");
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'f');
        for (qint64 written = 0; written + 32 * 1024 < freeBytes;)
            written += std::max<qint64>(1, filler.write(block.left(int(std::min<qint64>(
                                               block.size(), freeBytes - 32 * 1024 - written)))));
        filler.close();

        const auto upload = client.request("POST", "/api/v1/models/big", QByteArray(512 * 1024, 'm'),
                                           "application/octet-stream");
        EXPECT_STATUS(upload, 507);
        QCOMPARE(upload.errorCode(), std::string("InsufficientStorage"));

        // Changes until the store's log has no room either; each one acknowledged or cleanly refused.
        std::string acked;
        int refused = 0;
        for (int i = 0; i < 300 && refused == 0; ++i) {
            const std::string text = "change " + std::to_string(i) + " " + std::string(900, 'x');
            const auto r = client.patch("/api/v1/endpoints/full", {{"description", text}});
            QVERIFY2(r.status == 200 || r.status == 507, describe(r));
            if (r.status == 200)
                acked = text;
            else
                ++refused;
        }
        QVERIFY2(refused > 0, "the disk never filled up");
        QCOMPARE(client.get("/api/v1/endpoints/full").json()["description"].get<std::string>(), acked);
        EXPECT_STATUS(client.get("/healthz"), 200);

        // Space comes back: so does writing.
        QVERIFY(QFile::remove(dir + "/filler"));
        const auto later =
            client.patch("/api/v1/endpoints/full", {{"description", "after the disk was freed"}});
        EXPECT_STATUS(later, 200);
        EXPECT_STATUS(client.request("POST", "/api/v1/models/big", QByteArray(512 * 1024, 'm'),
                                     "application/octet-stream"),
                      201);
        QCOMPARE(server.stop(), 0);
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        client.setBase(server.url());
        QCOMPARE(client.get("/api/v1/endpoints/full").json()["description"].get<std::string>(),
                 std::string("after the disk was freed"));
        EXPECT_STATUS(client.get("/api/v1/models"), 200);
        QCOMPARE(client.get("/api/v1/models").json()["models"].size(), std::size_t(2));
        QCOMPARE(server.stop(), 0);
    }

    // A replica that stops answering (SIGSTOP) fails its liveness probes and is replaced; meanwhile its
    // requests time out (504) instead of hanging, and the version serves again afterwards.
    void hangingReplicaIsReplaced()
    {
        ServerProcess server{{"--purpose", "DevTest", "--cpu-cores", "8", "--memory-gb", "16"}};
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        HttpClient client(server.url(), server.adminToken());
        const auto fast = uploadModel(client, "fast", model(0));
        EXPECT_STATUS(client.post("/api/v1/endpoints", endpointSpec("hang", fast, {{"auth_enabled", false}},
                                                                    {{"num_replicas", 1},
                                                                     {"period_seconds", 1},
                                                                     {"timeout_seconds", 1},
                                                                     {"failure_threshold", 2},
                                                                     {"scoring_timeout_ms", 500}})),
                      201);
        QTRY_VERIFY_WITH_TIMEOUT(healthy(client, "hang"), 60000);
        const QString logs = "/api/v1/endpoints/hang/versions/versiona/logs";
        const int pid = replicaPid(client, logs);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, SIGSTOP), 0);

        HttpClient scorer(server.url());
        scorer.setTimeoutMs(10000);
        const auto hung =
            scorer.request("POST", "/score/hang", R"({"data": [[1.0, 2.0]]})", "application/json");
        QVERIFY2(hung.status == 504 || hung.status == 503, describe(hung));
        QTRY_VERIFY_WITH_TIMEOUT(replicaPid(client, logs) != pid, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(healthy(client, "hang"), 30000);
        EXPECT_STATUS(scorer.request("POST", "/score/hang", R"({"data": [[1.0, 2.0]]})", "application/json"),
                      200);
        QVERIFY2(QString::fromUtf8(client.get(logs).body).contains("failed its liveness probe") ||
                     QString::fromUtf8(client.get(logs).body).contains("failed probes"),
                 client.get(logs).body.right(2000).constData());
        ::kill(pid, SIGCONT); // in case it outlived its replacement
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(FaultTest)
#include "FaultTest.moc"
