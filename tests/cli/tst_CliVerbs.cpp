// Each switchyard-cli verb end to end against the real switchyard-server (run with QProcess).
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "CliFixture.h"

using namespace switchyard::test;

class CliVerbsTest : public QObject
{
    Q_OBJECT

private:
    using Run = CliFixture::Run;

    // The admin token's file under the flag's older name (tst_CliOperators uses --token-file).
    CliFixture m_fixture{QStringLiteral("--admin-token-file")};

    Run cli(const QStringList& args) { return m_fixture.cli(args); }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        return m_fixture.writeFile(name, content);
    }
    QStringList globals() const { return m_fixture.globals(); }

    bool waitHealthy(const QString& ep, const QString& v)
    {
        for (int i = 0; i < 120; ++i) {
            auto run = cli({"version", "show", ep, v, "--output", "json"});
            const QString state = run.json().value("state").toString();
            if (state == "Healthy")
                return true;
            if (state == "Failed" || run.exitCode != 0)
                return false;
            QTest::qWait(250);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_fixture.start(&why), qPrintable(why));
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void clusterAndModels()
    {
        auto cluster = cli({"cluster", "show"});
        CLI_OK(cluster);
        QVERIFY(cluster.out.contains("purpose:"));
        QVERIFY2(cluster.out.contains(QRegularExpression("backend: +local\n")), qPrintable(cluster.out));
        QVERIFY2(cluster.out.contains(QRegularExpression("backend state: +ok\n")), qPrintable(cluster.out));
        QVERIFY(cli({"cluster", "show", "--output", "json"}).json().contains("capacity"));

        const QString model = writeFile(
            "model.json", R"({"format": "switchyard.linear/v1", "weights": [[0.5, -1.0], [0.25, 2.0]],
                "bias": [0.1, 0.0], "activation": "softmax", "labels": ["stay", "churn"], "work_ms": 0})");
        auto reg = cli({"model", "register", "churn", model});
        CLI_OK(reg);
        QVERIFY2(reg.out.startsWith("registered churn:1 "), qPrintable(reg.out));
        auto list = cli({"model", "list", "--output", "json"});
        CLI_OK(list);
        QCOMPARE(list.json().value("models").toArray().at(0).toObject().value("name").toString(), "churn");
        QVERIFY(cli({"model", "list"}).out.contains("churn:1"));
    }

    void endpointVerbs()
    {
        auto created = cli({"endpoint", "create", "churn", "--model", "churn:1", "--num-replicas", "1",
                            "--cpu-cores", "0.1", "--memory-gb", "0.1", "--initial-delay-seconds", "30",
                            "--description", "scoring", "--tag", "team=risk"});
        CLI_OK(created);
        QVERIFY(created.out.contains("versiona"));
        auto again = cli({"endpoint", "create", "churn", "--model", "churn:1"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.startsWith("error: 409 "), qPrintable(again.err));
        QCOMPARE(again.err.count('\n'), 1);

        auto list = cli({"endpoint", "list", "--output", "json"});
        CLI_OK(list);
        QCOMPARE(list.json().value("endpoints").toArray().at(0).toObject().value("name").toString(), "churn");
        QVERIFY(cli({"endpoint", "list"}).out.contains("churn"));

        auto show = cli({"endpoint", "show", "churn", "--output", "json"});
        CLI_OK(show);
        QCOMPARE(show.json().value("default_version").toString(), "versiona");
        QCOMPARE(show.json().value("tags").toObject().value("team").toString(), "risk");

        auto updated = cli({"endpoint", "update", "churn", "--description", "hello", "--output", "json"});
        CLI_OK(updated);
        QCOMPARE(updated.json().value("description").toString(), "hello");

        auto missing = cli({"endpoint", "show", "nosuch"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith("error: 404 "));
    }

    void versionVerbsWithSeedFiles()
    {
        const QString dc = writeFile("deploymentconfig.json", R"({"computeType": "aks",
            "containerResourceRequirements": {"cpu": 0.1, "memoryInGB": 0.1},
            "autoScaler": {"autoscaleEnabled": false}, "numReplicas": 1, "scoringTimeoutMs": 30000,
            "maxConcurrentRequestsPerContainer": 2,
            "livenessProbeRequirements": {"initialDelaySeconds": 30, "periodSeconds": 5}})");
        const QString ic = writeFile("inferenceconfig.json", R"({"runtime": "builtin"})");
        auto created = cli({"version", "create", "churn", "versionb", "--model", "churn:1", "--dc", dc,
                            "--ic", ic, "--description", "candidate", "--output", "json"});
        CLI_OK(created);
        const auto v = created.json();
        QCOMPARE(v.value("name").toString(), "versionb");
        QCOMPARE(v.value("scoring_timeout_ms").toInt(), 30000);
        QCOMPARE(v.value("replica_max_concurrent_requests").toInt(), 2);
        QCOMPARE(v.value("period_seconds").toInt(), 5);
        QCOMPARE(v.value("num_replicas").toInt(), 1);
        QCOMPARE(v.value("description").toString(), "candidate");

        auto show = cli({"version", "show", "churn", "versionb"});
        CLI_OK(show);
        QVERIFY(show.out.contains("model:"));

        auto updated =
            cli({"version", "update", "churn", "versionb", "--traffic-percentile", "40", "--output", "json"});
        CLI_OK(updated);
        QCOMPARE(updated.json().value("effective_traffic").toInt(), 40);

        auto list = cli({"version", "list", "churn", "--output", "json"});
        CLI_OK(list);
        QCOMPARE(list.json().value("endpoint").toString(), "churn");
        const auto versions = list.json().value("versions").toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value("name").toString(), "versiona");
        QCOMPARE(versions.at(1).toObject().value("name").toString(), "versionb");
        QCOMPARE(versions.at(1).toObject().value("traffic_percentile").toInt(), 40);
        auto table = cli({"version", "list", "churn"});
        CLI_OK(table);
        QVERIFY2(table.out.startsWith("VERSION "), qPrintable(table.out));
        QVERIFY2(table.out.contains(QRegularExpression("\nversionb +\\S+ +40% +40% ")),
                 qPrintable(table.out));
        auto noEndpoint = cli({"version", "list", "nosuch"});
        QCOMPARE(noEndpoint.exitCode, 1);
        QVERIFY2(noEndpoint.err.startsWith("error: 404 "), qPrintable(noEndpoint.err));

        auto rejected = cli({"version", "update", "churn", "nosuch", "--traffic-percentile", "10"});
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.err.startsWith("error: 404 "), qPrintable(rejected.err));
    }

    void trafficSet()
    {
        auto set = cli({"traffic", "set", "churn", "versiona=20", "versionb=40", "--default", "versionb",
                        "--control", "versiona", "--output", "json"});
        CLI_OK(set);
        const auto traffic = set.json().value("traffic").toObject();
        QCOMPARE(traffic.value("versiona").toInt(), 20);
        QCOMPARE(traffic.value("versionb").toInt(), 80);
        QCOMPARE(set.json().value("control_version").toString(), "versiona");
        auto cleared = cli({"traffic", "set", "churn", "versiona=20", "versionb=40", "--control", "none",
                            "--output", "json"});
        CLI_OK(cleared);
        QVERIFY(cleared.json().value("control_version").isNull());
    }

    void keysAndToken()
    {
        auto keys = cli({"keys", "show", "churn", "--output", "json"});
        CLI_OK(keys);
        const QString secondary = keys.json().value("secondary_key").toString();
        QVERIFY(!secondary.isEmpty());
        auto regen = cli({"keys", "regen", "churn", "--key-type", "Secondary", "--output", "json"});
        CLI_OK(regen);
        QVERIFY(regen.json().value("secondary_key").toString() != secondary);
        QCOMPARE(regen.json().value("primary_key").toString(), keys.json().value("primary_key").toString());

        auto token = cli({"token", "get", "churn"});
        QCOMPARE(token.exitCode, 1); // key auth endpoint: 409
        QVERIFY(token.err.startsWith("error: 409 "));

        CLI_OK(cli({"endpoint", "create", "tokened", "--auth", "token", "--model", "churn:1",
                    "--num-replicas", "1", "--cpu-cores", "0.1", "--memory-gb", "0.1"}));
        auto jwt = cli({"token", "get", "tokened", "--output", "json"});
        CLI_OK(jwt);
        QCOMPARE(jwt.json().value("token_type").toString(), "Bearer");
        CLI_OK(cli({"endpoint", "delete", "tokened"}));
    }

    void scoreAndLogs()
    {
        QVERIFY(waitHealthy("churn", "versiona"));
        QVERIFY(waitHealthy("churn", "versionb"));
        auto scored = cli({"score", "churn", "--data", R"({"data": [[1.0, 2.0]]})"});
        CLI_OK(scored);
        QVERIFY(scored.out.contains("result"));
        QVERIFY(scored.err.startsWith("served by version"));

        const QString body = writeFile("body.json", R"({"data": [[0.0, 1.0]]})");
        auto pinned =
            cli({"score", "churn", "--data", "@" + body, "--version", "versiona", "--output", "json"});
        CLI_OK(pinned);
        QCOMPARE(pinned.json().value("status").toInt(), 200);
        QCOMPARE(pinned.json().value("version").toString(), "versiona");

        auto denied = cli({"score", "churn", "--data", "{}", "--key", "wrong"});
        QCOMPARE(denied.exitCode, 1);
        QVERIFY(denied.err.startsWith("error: 401 "));

        auto logs = cli({"logs", "churn", "versiona", "--tail", "20"});
        CLI_OK(logs);
        QVERIFY(!logs.out.isEmpty());

        QProcess follow;
        follow.start(CliFixture::cliBinary(),
                     globals() + QStringList{"logs", "churn", "versiona", "--follow"});
        QVERIFY(follow.waitForStarted());
        // The tail comes first, printed after the CLI installed its SIGTERM handler: a signal sent before
        // that (a slow start on a loaded machine) would end the process by default, not by --follow.
        QString followed;
        const QDeadlineTimer printed(30000);
        while (!followed.contains(QLatin1Char('\n')) && !printed.hasExpired() &&
               follow.state() == QProcess::Running) {
            follow.waitForReadyRead(100);
            followed += QString::fromUtf8(follow.readAllStandardOutput());
        }
        QVERIFY2(followed.contains(QLatin1Char('\n')), qPrintable(followed));
        follow.terminate();
        QVERIFY(follow.waitForFinished(10000));
        QCOMPARE(follow.exitCode(), 0);
    }

    void load()
    {
        auto run = cli({"load", "churn", "--rps", "40", "--duration", "2s", "--output", "json"});
        CLI_OK(run);
        const auto summary = run.json();
        QCOMPARE(summary.value("transport_errors").toInt(), 0);
        QCOMPARE(summary.value("completed").toInt(), summary.value("sent").toInt());
        QVERIFY(summary.value("sent").toInt() > 0);
        const auto byVersion = summary.value("by_version").toObject();
        double shares = 0;
        for (const auto& v : byVersion)
            shares += v.toObject().value("share").toDouble();
        QVERIFY(qAbs(shares - 100.0) < 0.01);
        QVERIFY(run.err.contains("split"));
        auto table = cli({"load", "churn", "--rps", "10", "--duration", "500ms"});
        CLI_OK(table);
        QVERIFY(table.out.contains("VERSION"));
    }

    void events()
    {
        auto all = cli({"events", "--output", "json"});
        CLI_OK(all);
        const auto events = all.json().value("events").toArray();
        QVERIFY(!events.isEmpty());
        bool created = false;
        for (const auto& e : events)
            created = created || e.toObject().value("kind").toString() == "EndpointCreated";
        QVERIFY(created);
        QVERIFY(cli({"events"}).out.contains("EndpointCreated"));

        const qint64 next = all.json().value("next").toInteger();
        QProcess follow;
        follow.start(CliFixture::cliBinary(),
                     globals() + QStringList{"events", "--follow", "--after", QString::number(next - 1),
                                             "--output", "json"});
        QVERIFY(follow.waitForStarted());
        CLI_OK(cli({"endpoint", "update", "churn", "--description", "followed"}));
        QString seen;
        const QDeadlineTimer deadline(30000);
        while (!seen.contains("\"seq\":" + QString::number(next)) && !deadline.hasExpired()) {
            follow.waitForReadyRead(100);
            seen += QString::fromUtf8(follow.readAllStandardOutput());
        }
        QVERIFY2(seen.contains("\"seq\":" + QString::number(next)), qPrintable(seen));
        follow.terminate();
        QVERIFY(follow.waitForFinished(10000));
        QCOMPARE(follow.exitCode(), 0);
    }

    void deletes()
    {
        auto refused = cli({"version", "delete", "churn", "versionb"}); // the default
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.startsWith("error: 409 "));
        CLI_OK(cli({"traffic", "set", "churn", "--default", "versiona"}));
        CLI_OK(cli({"version", "delete", "churn", "versionb"}));
        CLI_OK(cli({"endpoint", "delete", "churn"}));
        QCOMPARE(cli({"endpoint", "show", "churn"}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(CliVerbsTest)
#include "tst_CliVerbs.moc"
