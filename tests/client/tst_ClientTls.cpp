// TLS against the real server with a self-signed certificate made by the openssl CLI: verification is
// on by default (fails), the certificate as CA file succeeds, --insecure is an explicit opt-out.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ClientTestSupport.h"
#include "SelfSignedCertificate.h"
#include "ServerProcess.h"
#include "TestPaths.h"

using namespace switchyard;
using namespace switchyard::client;
using namespace switchyard::test;

class ClientTlsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;

    bool makeCertificate(const QString& name)
    {
        return makeSelfSignedCertificate(m_dir.filePath(name + "-key.pem"),
                                         m_dir.filePath(name + "-cert.pem"));
    }

    ApiResult<ClusterInfo> cluster(const std::function<void(ClientOptions&)>& tweak)
    {
        ClientOptions options;
        options.baseUrl = m_server.url().toString().toStdString();
        options.adminToken = m_server.adminToken().toStdString();
        options.maxRetries = 0;
        tweak(options);
        SwitchyardClient client(options);
        return SyncClient(client).getCluster();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCertificate("server"));
        QVERIFY(makeCertificate("other"));
        m_server.setExtraArgs(
            {"--tls-cert", m_dir.filePath("server-cert.pem"), "--tls-key", m_dir.filePath("server-key.pem")});
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.url().toString().startsWith("https://"), qPrintable(m_server.url().toString()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void verificationIsOnByDefault()
    {
        auto r = cluster([](ClientOptions&) {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Transport);
        QCOMPARE(r.error().code, std::string("TlsError"));
    }

    void caFileSucceeds()
    {
        auto r =
            cluster([&](ClientOptions& o) { o.caFile = m_dir.filePath("server-cert.pem").toStdString(); });
        QVERIFY2(r.ok(), why(r));
        QVERIFY(!r->serverVersion.empty());
    }

    void wrongCaFileFails()
    {
        auto r =
            cluster([&](ClientOptions& o) { o.caFile = m_dir.filePath("other-cert.pem").toStdString(); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("TlsError"));
    }

    void insecureIsAnExplicitOptOut()
    {
        auto r = cluster([](ClientOptions& o) { o.insecure = true; });
        QVERIFY2(r.ok(), why(r));
    }

    void cliUsesTheSameOptions()
    {
        auto run = [&](const QStringList& extra) {
            QProcess p;
            QFile token(m_dir.filePath("token"));
            token.open(QIODevice::WriteOnly);
            token.write(m_server.adminToken().toUtf8());
            token.close();
            p.start(
                binaryPath("app/cli/switchyard-cli"),
                QStringList{"--server", m_server.url().toString(), "--admin-token-file", token.fileName()} +
                    extra + QStringList{"cluster", "show"});
            p.waitForFinished(30000);
            return p.exitCode();
        };
        if (!QFile::exists(binaryPath("app/cli/switchyard-cli")))
            QSKIP("switchyard-cli is not built");
        QCOMPARE(run({}), 3);
        QCOMPARE(run({"--ca-file", m_dir.filePath("server-cert.pem")}), 0);
        QCOMPARE(run({"--insecure"}), 0);
    }
};

QTEST_GUILESS_MAIN(ClientTlsTest)
#include "tst_ClientTls.moc"
