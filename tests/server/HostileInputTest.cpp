#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include <memory>
#include <vector>

#include <unistd.h>

#include "ServerTestBase.h"

using namespace switchyard::test;

// Hostile and malformed HTTP against the real binary: no request, however malformed, may end, stall or
// bloat the server, or have its body read as another request.
class HostileInputTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--cpu-cores", "2", "--memory-gb", "4"}};
    HttpClient m_client;
    std::string m_model;

    QByteArray auth() const { return "Authorization: Bearer " + m_server.adminToken().toUtf8() + "\r\n"; }

    // Writes `bytes` on a new connection and answers all that comes back until the server closes it or
    // `ms` pass.
    QByteArray exchange(const QByteArray& bytes, int ms = 5000) const
    {
        return HttpClient::raw(m_server.url(), bytes, ms);
    }

    static int statusOf(const QByteArray& response)
    {
        // "HTTP/1.1 404 Not Found"
        return response.startsWith("HTTP/1.") && response.size() >= 12 ? response.mid(9, 3).toInt() : 0;
    }

    static long long residentKb(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const auto& line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return -1;
    }

    static double cpuSeconds(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const auto text = stat.readAll();
        // Fields after the command (which may hold spaces) start after the last ')'.
        const auto fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
    }

    static long long metric(const HttpReply& metrics, const QByteArray& name)
    {
        return metricValue(metrics.body, name);
    }

    bool healthy(ServerProcess& server, int timeoutMs = 5000)
    {
        HttpClient probe(server.url());
        probe.setTimeoutMs(timeoutMs);
        return probe.get("/healthz").status == 200;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        m_model = uploadModel(m_client, "m", "bytes");
        QVERIFY(!m_model.empty());
        EXPECT_STATUS(m_client.post("/api/v1/endpoints", endpointSpec("hostile", m_model)), 201);
    }

    // Request bytes reach JSON error bodies and log lines: invalid UTF-8 there must become a clean 404,
    // answered once, through the responder that still owns the request.
    void invalidUtf8InTheScoringPath_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("escaped ff") << QByteArray("/score/%ff");
        QTest::newRow("raw ff") << QByteArray("/score/\xff");
        QTest::newRow("broken sequence") << QByteArray("/score/a%c3%28");
        QTest::newRow("raw control") << QByteArray("/score/%1b%5b31m");
    }
    void invalidUtf8InTheScoringPath()
    {
        QFETCH(QByteArray, target);
        const auto response = exchange("POST " + target +
                                       " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                       "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        QCOMPARE(statusOf(response), 404);
        QVERIFY2(response.contains("\"NotFound\""), response.constData());
        QVERIFY(healthy(m_server));
        QVERIFY(m_server.isRunning());
    }

    // Request smuggling (RFC 9112 §6.3): a body whose length two readers could disagree on is a 400 and a
    // close; the bytes after the header are never read as a second request.
    void ambiguousFramingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("framing");
        QTest::newRow("xchunked") << QByteArray("Transfer-Encoding: xchunked\r\n");
        QTest::newRow("chunked, identity") << QByteArray("Transfer-Encoding: chunked, identity\r\n");
        QTest::newRow("gzip, chunked") << QByteArray("Transfer-Encoding: gzip, chunked\r\n");
        QTest::newRow("twice") << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n");
        QTest::newRow("with length") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 33\r\n");
        QTest::newRow("two lengths") << QByteArray("Content-Length: 0\r\nContent-Length: 33\r\n");
    }
    void ambiguousFramingIsRefused()
    {
        QFETCH(QByteArray, framing);
        const QByteArray smuggled = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
        const auto response = exchange("POST /api/v1/endpoints/hostile/token HTTP/1.1\r\nHost: x\r\n" +
                                       auth() + framing + "\r\n" + smuggled);
        QCOMPARE(statusOf(response), 400);
        // Beast itself refuses a repeated Content-Length or Transfer-Encoding beside one; FramingCheck the
        // rest. Either way the answer is a 400 and a close.
        QVERIFY2(response.contains("\"AmbiguousFraming\"") || response.contains("\"MalformedRequest\""),
                 response.constData());
        QCOMPARE(response.count("HTTP/1.1 "), 1); // the smuggled request got no answer
        QVERIFY(response.contains("Connection: close"));
    }

    void chunkedBodiesStillWork()
    {
        const QByteArray body = R"({"description": "chunked"})";
        const auto response = exchange(
            "PATCH /api/v1/endpoints/hostile HTTP/1.1\r\nHost: x\r\n" + auth() +
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
            QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n");
        QCOMPARE(statusOf(response), 200);
    }

    // Memory before authentication: a body is accepted only once the header proves who sends it; 100 Continue
    // goes to no one else, and bodies sent anyway are drained, not held.
    void noContinueBeforeAuthentication()
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /api/v1/models/big HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
            "Content-Length: 262144000\r\nExpect: 100-continue\r\n\r\n");
        QByteArray response;
        QElapsedTimer waited;
        waited.start();
        while (!response.contains("\r\n\r\n") && waited.elapsed() < 5000)
            if (socket.waitForReadyRead(200))
                response += socket.readAll();
        QCOMPARE(statusOf(response), 401);
        QVERIFY(!response.contains("100 Continue"));

        // With the admin token the same header is welcome.
        QTcpSocket admitted;
        admitted.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(admitted.waitForConnected(5000));
        admitted.write(
            "POST /api/v1/models/big HTTP/1.1\r\nHost: x\r\n" + auth() +
            "Content-Type: application/octet-stream\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n");
        QByteArray interim;
        waited.restart();
        while (!interim.contains("\r\n\r\n") && waited.elapsed() < 5000)
            if (admitted.waitForReadyRead(200))
                interim += admitted.readAll();
        QCOMPARE(statusOf(interim), 100);
    }

    void unauthenticatedBodiesHoldNoMemory()
    {
        const auto pid = m_server.pid();
        const auto before = residentKb(pid);
        QVERIFY(before > 0);
        // Eight uploads to a route that needs the admin token and eight to an unknown endpoint, each
        // announcing 64 MB and sending 8 MB of it before the server's answer comes.
        const QByteArray chunk(256 * 1024, 'x');
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 16; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(m_server.url().host(), quint16(m_server.url().port()));
            QVERIFY(socket->waitForConnected(5000));
            socket->write(i % 2
                              ? "POST /score/nope HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Content-Length: 67108864\r\n\r\n"
                              : "POST /api/v1/models/x HTTP/1.1\r\nHost: x\r\n"
                                "Content-Type: application/octet-stream\r\nContent-Length: 67108864\r\n\r\n");
            sockets.push_back(std::move(socket));
        }
        for (int round = 0; round < 32; ++round)
            for (auto& socket : sockets)
                if (socket->state() == QAbstractSocket::ConnectedState) {
                    socket->write(chunk);
                    socket->waitForBytesWritten(50);
                }
        long long peak = 0;
        for (int i = 0; i < 10; ++i) {
            peak = std::max(peak, residentKb(pid));
            QTest::qWait(50);
        }
        int refused = 0;
        for (auto& socket : sockets) {
            socket->waitForReadyRead(2000);
            const auto status = statusOf(socket->readAll());
            refused += status == 401 || status == 404;
        }
        QCOMPARE(refused, 16);
        // Held whole, the bodies would be 16 × 8 MB; drained, they cost a few read buffers.
        QVERIFY2(peak - before < 32 * 1024,
                 qPrintable(QStringLiteral("resident grew from %1 kB to %2 kB").arg(before).arg(peak)));
        QVERIFY(healthy(m_server));
    }

    void bodiesInFlightShareABudget()
    {
        ServerProcess server({"--max-body-memory", "100000", "--cpu-cores", "2", "--memory-gb", "4"});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QByteArray admin = "Authorization: Bearer " + server.adminToken().toUtf8() + "\r\n";
        const QByteArray head = "POST /api/v1/models/m HTTP/1.1\r\nHost: x\r\n" + admin +
                                "Content-Type: application/octet-stream\r\nContent-Length: 80000\r\n";
        QTcpSocket first;
        first.connectToHost(server.url().host(), quint16(server.url().port()));
        QVERIFY(first.waitForConnected(5000));
        first.write(head + "\r\n" + QByteArray(1000, 'a'));
        QVERIFY(first.waitForBytesWritten(5000));
        // The server has read the first header and taken its 80,000 bytes from the budget.
        HttpClient client(server.url(), server.adminToken());
        QTRY_VERIFY_WITH_TIMEOUT(metric(client.get("/metrics"), "switchyard_request_body_bytes") >= 80000,
                                 10000);
        // 80,000 more bytes would pass the 100,000-byte budget while the first body is still coming.
        const auto second = HttpClient::raw(server.url(), head + "Connection: close\r\n\r\n", 5000);
        QCOMPARE(statusOf(second), 503);
        QVERIFY2(second.contains("\"ServerBusy\"") && second.contains("Retry-After: 1"), second.constData());
        first.write(QByteArray(79000, 'a'));
        QByteArray done;
        QElapsedTimer waited;
        waited.start();
        while (!done.contains("\r\n\r\n") && waited.elapsed() < 5000)
            if (first.waitForReadyRead(200))
                done += first.readAll();
        QCOMPARE(statusOf(done), 201);
        EXPECT_STATUS(
            client.request("POST", "/api/v1/models/m", QByteArray(80000, 'b'), "application/octet-stream"),
            201);
    }

    // HEAD works wherever GET does; a header too large is 431 (RFC 6585).
    void headAnswersTheGetHeader()
    {
        const auto response = exchange("HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(statusOf(response), 200);
        QVERIFY2(response.contains("Content-Length: 2\r\n"), response.constData());
        QVERIFY2(response.endsWith("\r\n\r\n"), response.constData()); // and no body
        const auto listing =
            exchange("HEAD /api/v1/endpoints HTTP/1.1\r\nHost: x\r\n" + auth() + "Connection: close\r\n\r\n");
        QCOMPARE(statusOf(listing), 200);
        QVERIFY(listing.endsWith("\r\n\r\n"));
    }

    void oversizedHeaderIs431()
    {
        const auto response =
            exchange("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n");
        QCOMPARE(statusOf(response), 431);
        QVERIFY(healthy(m_server));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        // A refused request without a body keeps the connection: the next pipelined one is answered too.
        const auto refused = exchange("GET /api/v1/cluster HTTP/1.1\r\nHost: x\r\n\r\n"
                                      "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(refused.startsWith("HTTP/1.1 401") && refused.contains("HTTP/1.1 200"), refused.constData());
        const auto response = exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                                       "GET /api/v1/cluster HTTP/1.1\r\nHost: x\r\n" +
                                       auth() + "\r\nGET /api/v1/nothing HTTP/1.1\r\nHost: x\r\n" + auth() +
                                       "Connection: close\r\n\r\n");
        const auto first = response.indexOf("HTTP/1.1 200");
        const auto second = response.indexOf("HTTP/1.1 200", first + 1);
        const auto third = response.indexOf("HTTP/1.1 404");
        QVERIFY2(first >= 0 && second > first && third > second, response.constData());
    }

    // Idle connections give back their buffers after a second (the 10,000-idle-connections target of
    // 2 KiB each), and a connection that went lean, or was asked to while half a header had come, still
    // reads its next request whole.
    void idleConnectionsShedTheirBuffers()
    {
        ServerProcess server({"--cpu-cores", "2", "--memory-gb", "4"});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        HttpClient client(server.url(), server.adminToken());
        const auto lean = [&] { return metric(client.get("/metrics"), "switchyard_connections_idle_lean"); };
        const auto ask = [](QTcpSocket& socket, const QByteArray& bytes) {
            socket.write(bytes);
            QByteArray got;
            while (!got.contains("\r\n\r\nok") && socket.waitForReadyRead(5000))
                got += socket.readAll();
            return got;
        };
        constexpr int kIdle = 40;
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < kIdle; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(server.url().host(), quint16(server.url().port()));
            QVERIFY(idle.back()->waitForConnected(5000));
            QVERIFY(ask(*idle.back(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(lean(), kIdle, 10000);
        QTcpSocket half;
        half.connectToHost(server.url().host(), quint16(server.url().port()));
        QVERIFY(half.waitForConnected(5000));
        half.write("GET /healthz HTTP/1.1\r\nHo");
        QVERIFY(half.waitForBytesWritten(1000));
        QTest::qWait(2500); // past a sweep: it keeps the half header and does not go lean
        QCOMPARE(lean(), kIdle);
        QVERIFY(ask(half, "st: x\r\n\r\n").startsWith("HTTP/1.1 200"));
        for (auto& socket : idle)
            QVERIFY(ask(*socket, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200"));
        QTRY_COMPARE_WITH_TIMEOUT(lean(), kIdle + 1, 10000);
    }

    // What an outsider can cause at will is counted in /metrics and logged sparingly.
    void abortedBodiesAreCountedNotLogged()
    {
        const auto lines = [&] { return m_server.drainOutput().count(QStringLiteral("connection read")); };
        const auto before = lines();
        QElapsedTimer took;
        took.start();
        for (int i = 0; i < 200; ++i) {
            QTcpSocket socket;
            socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write("POST /api/v1/endpoints HTTP/1.1\r\nHost: x\r\n" + auth() +
                         "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"na");
            socket.waitForBytesWritten(1000);
            socket.abort();
        }
        // Counted once the server has read them all, which a loaded machine may take a while to do.
        HttpReply metrics;
        QTRY_VERIFY2_WITH_TIMEOUT(metric(metrics = m_client.get("/metrics"),
                                         "switchyard_connection_errors_total{stage=\"read\"}") >= 150,
                                  metrics.body.constData(), 20000);
        // At most five lines of a kind in each 10 s window (Logger::throttled), and this stream of aborts
        // may have spread over more than one window when the machine was slow.
        const qint64 windows = 2 + took.elapsed() / 10000;
        QVERIFY2(lines() - before <= windows * 5, qPrintable(m_server.drainOutput().right(2000)));
    }

    // Past the connection cap the longest-idle connection makes room, so a health check still
    // gets in; the server does not spin.
    void idleConnectionsMakeRoomAtTheCap()
    {
        ServerProcess server({"--max-connections", "40", "--cpu-cores", "2", "--memory-gb", "4"});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 150; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(server.url().host(), quint16(server.url().port()));
            QVERIFY(idle.back()->waitForConnected(5000));
        }
        QTest::qWait(300);
        QVERIFY(healthy(server));
        HttpClient client(server.url(), server.adminToken());
        const auto metrics = client.get("/metrics");
        QVERIFY2(metric(metrics, "switchyard_connections_total{outcome=\"evicted_idle\"}") > 0,
                 metrics.body.constData());
        QVERIFY2(metric(metrics, "switchyard_connections_open") <= 40 + 64, metrics.body.constData());
    }

    void descriptorExhaustionBacksOff()
    {
        // A cap above what the descriptors allow: accept() itself runs out (EMFILE).
        ServerProcess server(
            {"--max-connections", "5000", "--idle-timeout", "2", "--cpu-cores", "2", "--memory-gb", "4"});
        server.setDescriptorLimit(128);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // One request first: UBSan's vptr check needs a descriptor (a pipe) the first time it meets a type,
        // and reports a false "invalid vptr" when there is none; afterwards its cache answers.
        QVERIFY(healthy(server));
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 200; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(server.url().host(), quint16(server.url().port()));
            sockets.back()->waitForConnected(2000); // the kernel's backlog takes them
        }
        const double cpuBefore = cpuSeconds(server.pid());
        QTest::qWait(1500);
        const double cpu = cpuSeconds(server.pid()) - cpuBefore;
        // Spinning on EMFILE took a whole core (1.5 s of CPU in 1.5 s); backing off takes next to none.
        QVERIFY2(cpu < 0.5, qPrintable(QStringLiteral("%1 s of CPU in 1.5 s").arg(cpu)));
        sockets.clear();
        QVERIFY(healthy(server, 10000));
        const auto output = server.drainOutput();
        QVERIFY2(output.count(QStringLiteral("accept:")) <= 6, qPrintable(output.right(2000)));
        HttpClient client(server.url(), server.adminToken());
        const auto metrics = client.get("/metrics");
        QVERIFY2(metric(metrics, "switchyard_connection_errors_total{stage=\"accept\"}") > 0,
                 metrics.body.constData());
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "HostileInputTest.moc"
