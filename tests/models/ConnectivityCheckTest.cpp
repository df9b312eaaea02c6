#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ConnectivityCheck.h"
#include "FakeHttpServer.h"
#include "HttpClient.h"
#include "SelfSignedCertificate.h"
#include "ServerProcess.h"

using namespace switchyard;
using namespace switchyard::models;
using namespace switchyard::test;

// The console's connectivity check through the client, against the real server: each step's result,
// and the steps a failure skips.
class ConnectivityCheckTest : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        bool ok[ConnectivityCheck::StepCount] = {};
        QString text[ConnectivityCheck::StepCount];
        int skippedFrom = -1;
    };

    static Outcome run(const ClusterProfile& profile)
    {
        ConnectivityCheck check(profile);
        Outcome out;
        for (int i = 0; i < ConnectivityCheck::StepCount; ++i)
            out.text[i] = QStringLiteral("(not reported)");
        connect(&check, &ConnectivityCheck::stepReported, &check,
                [&out](int step, bool ok, const QString& text) {
                    out.ok[step] = ok;
                    out.text[step] = text;
                });
        connect(&check, &ConnectivityCheck::stepsSkipped, &check,
                [&out](int step, const QString&) { out.skippedFrom = step; });
        QSignalSpy finished(&check, &ConnectivityCheck::finished);
        check.start();
        if (!finished.wait(3 * ConnectivityCheck::kStepTimeoutMs))
            qWarning("the check did not finish");
        return out;
    }

    QTemporaryDir m_certDir;

private slots:
    void plainHttpPassesEveryStep()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const auto out =
            run({QStringLiteral("local"), server.url().toString(), server.adminToken(), {}, false});
        for (int i = 0; i < ConnectivityCheck::StepCount; ++i)
            QVERIFY2(out.ok[i], qPrintable(out.text[i]));
        QVERIFY2(out.text[ConnectivityCheck::Resolve].contains(QLatin1String("127.0.0.1")),
                 qPrintable(out.text[ConnectivityCheck::Resolve]));
        QVERIFY(out.text[ConnectivityCheck::Connect].contains(QString::number(server.url().port())));
        QVERIFY(out.text[ConnectivityCheck::Tls].contains(QLatin1String("plain HTTP")));
        QCOMPARE(out.skippedFrom, -1);
    }

    void aWrongTokenFailsOnlyAuth()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QString wrong = server.adminToken();
        wrong[0] = wrong[0] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        const auto out = run({QStringLiteral("local"), server.url().toString(), wrong, {}, false});
        QVERIFY(out.ok[ConnectivityCheck::Connect]);
        QVERIFY(!out.ok[ConnectivityCheck::Auth]);
        QVERIFY2(out.text[ConnectivityCheck::Auth].contains(QLatin1String("401")),
                 qPrintable(out.text[ConnectivityCheck::Auth]));
    }

    void nothingListeningFailsConnectAndSkipsTheRest()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString url = server.url().toString();
        QCOMPARE(server.stop(), 0); // the port is free now
        const auto out = run({QStringLiteral("local"), url, QStringLiteral("x"), {}, false});
        QVERIFY(out.ok[ConnectivityCheck::Resolve]);
        QVERIFY(!out.ok[ConnectivityCheck::Connect]);
        QCOMPARE(out.skippedFrom, int(ConnectivityCheck::Tls));
    }

    void anUnknownHostFailsResolve()
    {
        const auto out = run({QStringLiteral("x"),
                              QStringLiteral("http://no-such-host.invalid:8480"),
                              QStringLiteral("x"),
                              {},
                              false});
        QVERIFY(!out.ok[ConnectivityCheck::Resolve]);
        QVERIFY2(out.text[ConnectivityCheck::Resolve].contains(QLatin1String("no-such-host.invalid")),
                 qPrintable(out.text[ConnectivityCheck::Resolve]));
        QCOMPARE(out.skippedFrom, int(ConnectivityCheck::Connect));
    }

    void tlsIsTrustedOnlyWithTheClustersCa()
    {
        QVERIFY(makeSelfSignedCertificate(m_certDir.filePath("key.pem"), m_certDir.filePath("cert.pem")));
        ServerProcess server(
            {"--tls-cert", m_certDir.filePath("cert.pem"), "--tls-key", m_certDir.filePath("key.pem")});
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        const auto trusted = run({QStringLiteral("tls"), server.url().toString(), server.adminToken(),
                                  m_certDir.filePath("cert.pem"), false});
        for (int i = 0; i < ConnectivityCheck::StepCount; ++i)
            QVERIFY2(trusted.ok[i], qPrintable(trusted.text[i]));
        QVERIFY2(trusted.text[ConnectivityCheck::Tls].contains(QLatin1String("certificate for 127.0.0.1")),
                 qPrintable(trusted.text[ConnectivityCheck::Tls]));

        // Without the CA, verification (on by default) refuses the self-signed certificate.
        const auto untrusted =
            run({QStringLiteral("tls"), server.url().toString(), server.adminToken(), {}, false});
        QVERIFY(untrusted.ok[ConnectivityCheck::Connect]);
        QVERIFY(!untrusted.ok[ConnectivityCheck::Tls]);
        QCOMPARE(untrusted.skippedFrom, int(ConnectivityCheck::Auth));

        // The profile's insecure setting is the connection's: the check passes as the session would,
        // and says the certificate was not verified.
        const auto insecure =
            run({QStringLiteral("tls"), server.url().toString(), server.adminToken(), {}, true});
        for (int i = 0; i < ConnectivityCheck::StepCount; ++i)
            QVERIFY2(insecure.ok[i], qPrintable(insecure.text[i]));
        QVERIFY2(insecure.text[ConnectivityCheck::Tls].contains(QLatin1String("not verified")),
                 qPrintable(insecure.text[ConnectivityCheck::Tls]));
        QCOMPARE(insecure.skippedFrom, -1);
    }

    // A cluster published under a path (behind a reverse proxy: https://host/switchyard/api/v1/…): the
    // check asks under that path, as every call of the session does.
    void aBasePathIsKept()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const auto cluster =
            HttpClient(server.url(), server.adminToken()).get(QStringLiteral("/api/v1/cluster"));
        QCOMPARE(cluster.status, 200);
        FakeHttpServer proxy;
        proxy.script({{200, cluster.body, false}});
        const auto out = run({QStringLiteral("proxied"),
                              proxy.url() + QStringLiteral("/switchyard/"),
                              server.adminToken(),
                              {},
                              false});
        for (int i = 0; i < ConnectivityCheck::StepCount; ++i)
            QVERIFY2(out.ok[i], qPrintable(out.text[i]));
        QCOMPARE(proxy.seen().size(), 1);
        QCOMPARE(proxy.seen().front().path, QByteArray("/switchyard/api/v1/cluster"));
    }
};

QTEST_GUILESS_MAIN(ConnectivityCheckTest)
#include "ConnectivityCheckTest.moc"
