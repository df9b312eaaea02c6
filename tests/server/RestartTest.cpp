#include <QFile>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "ServerTestBase.h"
#include "TestPaths.h"

using namespace switchyard::test;

// A restarted server gives every stored version its replicas back, and they serve, with the same keys
// and the logs from before the restart — after a clean stop and after kill -9.
class RestartTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--demo"}};
    HttpClient m_client;
    QString m_key;

    bool healthy(const char* version)
    {
        const auto v = m_client.get(QStringLiteral("/api/v1/endpoints/demo/versions/") + version).json();
        return v.is_object() && v.value("state", "") == "Healthy" && v["replicas"].value("ready", 0) >= 1;
    }
    HttpReply score(const char* version)
    {
        HttpClient scorer(m_server.url(), m_key);
        return scorer.request("POST", "/score/demo", R"({"data": [[1.0, 2.0]]})", "application/json",
                              {{"X-Switchyard-Version", version}});
    }
    void servesOnBothVersions()
    {
        QTRY_VERIFY_WITH_TIMEOUT(healthy("blue") && healthy("green"), 60000);
        for (const char* version : {"blue", "green"}) {
            const auto reply = score(version);
            QVERIFY2(reply.status == 200, describe(reply));
            QCOMPARE(reply.headers.value("x-switchyard-version"), QByteArray(version));
            QVERIFY(reply.json()["result"].is_array());
        }
    }
    // What the management API stored, without what changes by itself (states, replica counts) or with
    // the port (the scoring URI: a restarted test server listens on a new free port).
    nlohmann::json stored()
    {
        auto endpoint = withoutRuntimeState(m_client.get("/api/v1/endpoints/demo").json());
        endpoint.erase("scoring_uri");
        return endpoint;
    }
    void comeBack()
    {
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        m_key = QString::fromStdString(m_client.get("/api/v1/endpoints/demo/keys").json()["primary_key"]);
        servesOnBothVersions();
    }

    void afterACleanStop()
    {
        const auto before = stored();
        const auto logs = m_client.get("/api/v1/endpoints/demo/versions/blue/logs?tail=1000");
        QVERIFY2(logs.status == 200 && !logs.body.isEmpty(), describe(logs));
        const QByteArray firstLine = logs.body.left(logs.body.indexOf('\n'));
        QCOMPARE(m_server.stop(), 0);
        comeBack();
        QCOMPARE(stored(), before);
        servesOnBothVersions();
        // The logs from before the restart are still there, with the new lines after them.
        const auto after = m_client.get("/api/v1/endpoints/demo/versions/blue/logs?tail=1000");
        QVERIFY2(after.body.contains(firstLine), after.body.left(400).constData());
        QVERIFY(after.body.size() > logs.body.size());
    }

    void afterKillNine()
    {
        m_server.kill9();
        comeBack();
        servesOnBothVersions();
        // The split still holds: both versions serve by weight, not only by header.
        int green = 0;
        HttpClient scorer(m_server.url(), m_key);
        for (int i = 0; i < 60; ++i) {
            const auto reply =
                scorer.request("POST", "/score/demo", R"({"data": [[1.0, 2.0]]})", "application/json");
            QVERIFY2(reply.status == 200, describe(reply));
            green += reply.headers.value("x-switchyard-version") == "green";
        }
        QVERIFY2(green > 0 && green < 60, qPrintable(QString::number(green)));
    }

    void killNineLeavesNoCommandReplicaBehind()
    {
        if (ServerProcess::onKubernetes())
            QSKIP("On Kubernetes, replicas outlive the server on purpose: its next start adopts them.");
        // A `runtime: command` replica whose program started a child of its own: the built-in server
        // ends with its parent, but a shell's background job would outlive a kill -9ed server.
        const QString mark = m_server.dataDir() + QStringLiteral("/leftover.pid");
        const auto created = m_client.post(
            "/api/v1/endpoints",
            {{"name", "cmd"},
             {"auth_enabled", false},
             {"version",
              {{"version_name", "only"},
               {"model", "demo:1"},
               {"inference_config",
                {{"runtime", "command"},
                 {"command", {"/bin/sh", "-c", "sleep 600 & echo $! > \"$MARK\"; exec \"$REPLICA\""}},
                 {"env",
                  {{"MARK", mark.toStdString()},
                   {"REPLICA", binaryPath("server/replica/switchyard-replica").toStdString()}}}}}}}});
        QVERIFY2(created.status == 201, describe(created));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_client.get("/api/v1/endpoints/cmd/versions/only").json().value("state", "") == "Healthy",
            60000);
        QFile file(mark);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 leftover = file.readAll().trimmed().toLongLong();
        QVERIFY(leftover > 1);
        file.close();
        const auto alive = [leftover] {
            // Gone, or a zombie nobody reaped yet, is dead.
            QFile stat(QStringLiteral("/proc/%1/stat").arg(leftover));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray text = stat.readAll();
            return !text.mid(text.lastIndexOf(')') + 2, 1).startsWith('Z');
        };
        QVERIFY(alive());

        m_server.kill9();
        QTest::qWait(500);
        QVERIFY2(alive(), "the background job should have outlived the killed server");
        comeBack();
        QTRY_VERIFY_WITH_TIMEOUT(!alive(), 10000);
        // And the version came back with a fresh replica.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_client.get("/api/v1/endpoints/cmd/versions/only").json().value("state", "") == "Healthy",
            60000);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().trimmed().toLongLong() != leftover);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning("server output:\n%s", qPrintable(m_server.serverOutput().right(3000)));
    }
};

QTEST_GUILESS_MAIN(RestartTest)
#include "RestartTest.moc"
