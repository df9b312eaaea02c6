#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "ServerTestBase.h"

using namespace switchyard::test;

// HTTPS with a self-signed certificate made here with the openssl CLI; verification stays on.
class ServerTlsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certDir;

private slots:
    void initTestCase()
    {
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                                  "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
                                  m_certDir.filePath("key.pem"), "-out", m_certDir.filePath("cert.pem")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
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

    void badCertificateFailsToStart()
    {
        ServerProcess server{
            {"--tls-cert", m_certDir.filePath("missing.pem"), "--tls-key", m_certDir.filePath("key.pem")}};
        QVERIFY(!server.start());
    }
};

QTEST_GUILESS_MAIN(ServerTlsTest)
#include "ServerTlsTest.moc"
