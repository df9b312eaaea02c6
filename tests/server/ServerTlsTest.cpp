#include <memory>

#include <QElapsedTimer>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "SelfSignedCertificate.h"
#include "ServerTestBase.h"

using namespace switchyard::test;

// HTTPS with a self-signed certificate made here with the openssl CLI; verification stays on.
class ServerTlsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certDir;
    std::unique_ptr<ServerProcess> m_tlsServer;

private slots:
    void initTestCase()
    {
        QVERIFY(makeSelfSignedCertificate(m_certDir.filePath("key.pem"), m_certDir.filePath("cert.pem")));
    }

    void httpsWithVerification()
    {
        ServerProcess server{
            {"--tls-cert", m_certDir.filePath("cert.pem"), "--tls-key", m_certDir.filePath("key.pem")}};
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));

        HttpClient trusted(server.url(), server.adminToken());
        trusted.setCaCertificates(QSslCertificate::fromPath(m_certDir.filePath("cert.pem")));
        auto reply = trusted.get("/healthz");
        EXPECT_STATUS(reply, 200);
        reply = trusted.get("/api/v1/cluster");
        EXPECT_STATUS(reply, 200);
        reply = trusted.post("/api/v1/endpoints", json{{"name", "x"}});
        EXPECT_STATUS(reply, 400);
        // Keep-alive over TLS: several requests, one client.
        for (int i = 0; i < 5; ++i)
            EXPECT_STATUS(trusted.get("/api/v1/models"), 200);

        // Without trusting the certificate the client refuses it: verification is on by default.
        HttpClient untrusted(server.url(), server.adminToken());
        QCOMPARE(untrusted.get("/healthz").status, 0);
        // Plain HTTP to the TLS port gets no HTTP answer.
        QUrl plain = server.url();
        plain.setScheme("http");
        HttpClient cleartext(plain);
        cleartext.setTimeoutMs(5000);
        QVERIFY(cleartext.get("/healthz").status != 200);
        QCOMPARE(server.stop(), 0);
    }

    // TLS 1.2 offers only forward-secret AEAD suites (Mozilla "intermediate"): no static RSA, no CBC-SHA1.
    void onlyForwardSecretAeadSuites_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("suite");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("RSA key exchange, CBC") << "-tls1_2"
                                               << "AES128-SHA" << false;
        QTest::newRow("RSA key exchange, GCM") << "-tls1_2"
                                               << "AES256-GCM-SHA384" << false;
        QTest::newRow("ECDHE, CBC-SHA1") << "-tls1_2"
                                         << "ECDHE-RSA-AES128-SHA" << false;
        QTest::newRow("ECDHE, CBC-SHA256") << "-tls1_2"
                                           << "ECDHE-RSA-AES128-SHA256" << false;
        QTest::newRow("ECDHE, AES-GCM") << "-tls1_2"
                                        << "ECDHE-RSA-AES128-GCM-SHA256" << true;
        QTest::newRow("ECDHE, ChaCha20") << "-tls1_2"
                                         << "ECDHE-RSA-CHACHA20-POLY1305" << true;
        QTest::newRow("TLS 1.1") << "-tls1_1"
                                 << "DEFAULT:@SECLEVEL=0" << false;
        QTest::newRow("TLS 1.3") << "-tls1_3"
                                 << "" << true;
    }
    void onlyForwardSecretAeadSuites()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, suite);
        QFETCH(bool, accepted);
        if (!m_tlsServer) {
            m_tlsServer = std::make_unique<ServerProcess>(QStringList{
                "--tls-cert", m_certDir.filePath("cert.pem"), "--tls-key", m_certDir.filePath("key.pem")});
            QVERIFY2(m_tlsServer->start(), qPrintable(m_tlsServer->errorString()));
        }
        QStringList args{"s_client", "-connect",
                         QStringLiteral("127.0.0.1:%1").arg(m_tlsServer->url().port()), protocol};
        if (!suite.isEmpty())
            args += {"-cipher", suite};
        QProcess client;
        client.start("openssl", args);
        QVERIFY(client.waitForStarted(10000));
        client.closeWriteChannel();
        QVERIFY(client.waitForFinished(20000));
        const auto output = client.readAllStandardOutput() + client.readAllStandardError();
        QVERIFY2((client.exitCode() == 0) == accepted, output.constData());
    }

    // Failed handshakes are counted in /metrics, not logged one line each.
    void failedHandshakesAreCountedNotLogged()
    {
        QVERIFY(m_tlsServer);
        // The handshakes refused above were logged too: only the lines from here on are this case's.
        const auto logged = [&] {
            return m_tlsServer->drainOutput().count(QStringLiteral("connection handshake"));
        };
        const auto before = logged();
        QElapsedTimer took;
        took.start();
        for (int i = 0; i < 100; ++i)
            HttpClient::raw(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_tlsServer->url().port())),
                            "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 2000);
        HttpClient trusted(m_tlsServer->url(), m_tlsServer->adminToken());
        trusted.setCaCertificates(QSslCertificate::fromPath(m_certDir.filePath("cert.pem")));
        const auto metrics = trusted.get("/metrics");
        EXPECT_STATUS(metrics, 200);
        QVERIFY2(metricValue(metrics.body, "switchyard_connection_errors_total{stage=\"handshake\"}") >= 100,
                 metrics.body.constData());
        // At most five lines of a kind in each 10 s window (Logger::throttled); the window the cases above
        // opened may end while these run, and a slow machine may take more than one window for them.
        const qint64 windows = 2 + took.elapsed() / 10000;
        QVERIFY2(logged() - before <= windows * 5, qPrintable(m_tlsServer->drainOutput().right(3000)));
    }

    void badCertificateFailsToStart()
    {
        ServerProcess server{
            {"--tls-cert", m_certDir.filePath("missing.pem"), "--tls-key", m_certDir.filePath("key.pem")}};
        QVERIFY(!server.start());
    }
};

QTEST_GUILESS_MAIN(ServerTlsTest)
#include "ServerTlsTest.moc"
