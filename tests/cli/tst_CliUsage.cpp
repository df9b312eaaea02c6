// switchyard-cli without a server: --help for every verb, usage errors (exit 2), no answer (exit 3).
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include "TestPaths.h"

class CliUsageTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove("SWITCHYARD_SERVER");
        env.remove("SWITCHYARD_ADMIN_TOKEN_FILE");
        p.setProcessEnvironment(env);
        p.start(switchyard::test::binaryPath("app/cli/switchyard-cli"), args);
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString closedServer()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    }

private slots:
    void helpForEveryVerb_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char* verb : {"cluster show",   "model register", "model list",      "endpoint create",
                                 "endpoint list",  "endpoint show",  "endpoint update", "endpoint delete",
                                 "version create", "version show",   "version update",  "version delete",
                                 "traffic set",    "keys show",      "keys regen",      "token get",
                                 "logs",           "score",          "events",          "load"})
            QTest::newRow(verb) << QString::fromLatin1(verb);
        QTest::newRow("version list") << QStringLiteral("version list");
    }

    void helpForEveryVerb()
    {
        QFETCH(QString, verb);
        auto run = cli(verb.split(' ') << "--help");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("usage: switchyard-cli " + verb), qPrintable(run.out));
        QVERIFY(run.out.contains("Exit codes:"));
        // A description line follows the synopsis.
        QVERIFY(run.out.section('\n', 2, 2).size() > 20);
    }

    void overviewListsEveryGroup()
    {
        auto run = cli({"--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char* group : {"cluster", "model", "endpoint", "version", "traffic", "keys", "token",
                                  "logs", "score", "events", "load"})
            QVERIFY2(run.out.contains(QStringLiteral("\n  ") + group), group);
        QVERIFY(run.out.contains("3  connection failure"));
    }

    // Each command's line in the overview is its first sentence, whole: none stops mid-sentence.
    void overviewSummariesAreWholeSentences()
    {
        auto run = cli({"--help"});
        QCOMPARE(run.exitCode, 0);
        const QString commands = run.out.section("Commands:\n", 1).section("\n\n", 0, 0);
        QStringList entries; // one per command, its wrapped lines joined
        for (const QString& line : commands.split('\n')) {
            QVERIFY2(line.size() <= 100, qPrintable(line));
            if (line.startsWith("   ") && !entries.isEmpty())
                entries.last() += ' ' + line.trimmed();
            else
                entries << line.trimmed();
        }
        QVERIFY(entries.size() >= 20);
        for (const QString& entry : entries)
            QVERIFY2(entry.endsWith('.'), qPrintable(entry));
        QVERIFY2(entries.filter(QRegularExpression("^logs {2,}Print"))
                     .value(0)
                     .contains("(starts, exits, restarts, probe failures); --follow keeps printing"),
                 qPrintable(commands));
        QVERIFY(
            !entries.filter(QRegularExpression("^version list {2,}List an endpoint's versions")).isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says"); // what the one line must name for the error to be clear
        QTest::newRow("no command") << QStringList{} << "no command given";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("unknown verb")
            << QStringList{"endpoint", "explode"} << "unknown command 'endpoint explode'";
        QTest::newRow("missing argument") << QStringList{"endpoint", "show"} << "expected 1 argument(s)";
        QTest::newRow("version list without endpoint")
            << QStringList{"version", "list"} << "version list ENDPOINT";
        QTest::newRow("unknown option")
            << QStringList{"endpoint", "list", "--colour", "red"} << "unknown option --colour";
        QTest::newRow("unknown option before the verb")
            << QStringList{"--colour", "red", "endpoint", "list"} << "unknown option --colour";
        QTest::newRow("unknown option of another verb")
            << QStringList{"endpoint", "list", "--tail", "5"} << "unknown option --tail";
        QTest::newRow("option without value") << QStringList{"logs", "ep", "v", "--tail"} << "--tail";
        QTest::newRow("global option without value")
            << QStringList{"endpoint", "list", "--server"} << "--server";
        QTest::newRow("bad number") << QStringList{"version", "update", "ep", "v", "--traffic-percentile",
                                                   "x"}
                                    << "--traffic-percentile";
        QTest::newRow("bad number for logs") << QStringList{"logs", "ep", "v", "--tail", "lots"} << "--tail";
        QTest::newRow("bad bool") << QStringList{"version", "update", "ep", "v", "--is-default", "maybe"}
                                  << "--is-default";
        QTest::newRow("bad spec")
            << QStringList{"version", "create", "ep", "vb", "--model", "churn:1", "--autoscale-min-replicas",
                           "0"}
            << "";
        QTest::newRow("no model") << QStringList{"endpoint", "create", "churn"} << "";
        QTest::newRow("bad traffic") << QStringList{"traffic", "set", "ep", "a=lots"} << "";
        QTest::newRow("bad key type") << QStringList{"keys", "regen", "ep", "--key-type", "Tertiary"} << "";
        QTest::newRow("missing file") << QStringList{"model", "register", "m", "/nonexistent/file"} << "";
        QTest::newRow("load unbounded") << QStringList{"load", "ep", "--rps", "100000"} << "";
        QTest::newRow("bad output") << QStringList{"endpoint", "list", "--output", "yaml"} << "--output";
        QTest::newRow("unreadable token")
            << QStringList{"endpoint", "list", "--admin-token-file", "/nonexistent"} << "/nonexistent";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        auto run = cli(QStringList{"--server", closedServer()} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("usage error: "), qPrintable(run.err));
        QCOMPARE(run.err.count('\n'), 1); // one line
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
    }

    // Options may come before or after the verb, as --name value or --name=value, and repeat.
    void optionsParse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("global after the verb") << QStringList{"cluster", "show", "--output", "json"};
        QTest::newRow("global before the verb") << QStringList{"--output=json", "cluster", "show"};
        QTest::newRow("short help") << QStringList{"cluster", "show", "-h"};
    }
    void optionsParse()
    {
        QFETCH(QStringList, args);
        auto run = cli(QStringList{"--server", closedServer()} + args);
        // Parsed: either help (0) or the call, which finds nothing listening (3); never a usage error.
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err));
    }

    void connectionFailureIsExit3()
    {
        auto run = cli({"--server", closedServer(), "cluster", "show"});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith("error: ConnectionFailed: "), qPrintable(run.err));
        QCOMPARE(run.err.count('\n'), 1);
    }

    void serverFromEnvironment()
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("SWITCHYARD_SERVER", closedServer());
        p.setProcessEnvironment(env);
        p.start(switchyard::test::binaryPath("app/cli/switchyard-cli"), {"cluster", "show"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(CliUsageTest)
#include "tst_CliUsage.moc"
