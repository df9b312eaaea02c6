// switchyard-cli operator create|list|delete, whoami and --token-file, end to end against the real server.
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include "CliFixture.h"

using namespace switchyard::test;

class CliOperatorsTest : public QObject
{
    Q_OBJECT

private:
    using Run = CliFixture::Run;

    CliFixture m_fixture; // runs with --token-file

    // With `tokenFile` as --token-file (the admin token's file when empty).
    Run cli(const QStringList& args, const QString& tokenFile = {}) { return m_fixture.cli(args, tokenFile); }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_fixture.start(&why), qPrintable(why));
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void createUseListDelete()
    {
        auto run = cli({"whoami", "--output", "json"});
        CLI_OK(run);
        QCOMPARE(run.json().value("name").toString(), QStringLiteral("admin"));

        run = cli({"operator", "create", "wall", "--role", "viewer", "--output", "json"});
        CLI_OK(run);
        const QString token = run.json().value("token").toString();
        QVERIFY(token.size() >= 40);
        const QString viewerFile =
            m_fixture.writeFile("wall", token.toUtf8() + "\n"); // a line, as editors save it

        run = cli({"operator", "create", "oncall", "--role", "operator", "--expires-in", "30d"});
        CLI_OK(run);
        QVERIFY2(run.out.contains("credential"), qPrintable(run.out));
        QVERIFY2(run.err.contains("shown this once"), qPrintable(run.err));

        run = cli({"whoami"}, viewerFile);
        CLI_OK(run);
        QVERIFY2(run.out.contains("wall") && run.out.contains("viewer"), qPrintable(run.out));
        run = cli({"endpoint", "list"}, viewerFile);
        CLI_OK(run);
        // A viewer cannot add people; the error names the role needed.
        run = cli({"operator", "create", "sneaky", "--role", "admin"}, viewerFile);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("admin"), qPrintable(run.err));

        run = cli({"operator", "list"});
        CLI_OK(run);
        QVERIFY(run.out.contains("NAME") && run.out.contains("LAST USED"));
        QVERIFY(run.out.contains("wall") && run.out.contains("oncall"));
        QVERIFY2(!run.out.contains(token), "operator list printed a credential");
        run = cli({"operator", "list", "--output", "json"});
        CLI_OK(run);
        const auto operators = run.json().value("operators").toArray();
        QCOMPARE(operators.size(), 2);
        QVERIFY(operators[0].toObject().value("expires_at").isString());   // oncall, by name
        QVERIFY(operators[1].toObject().value("last_used_at").isString()); // wall was used

        run = cli({"operator", "delete", "wall"});
        CLI_OK(run);
        run = cli({"whoami"}, viewerFile);
        QCOMPARE(run.exitCode, 1);
        run = cli({"operator", "delete", "wall"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("wall"), qPrintable(run.err));

        // The audit log names who did what.
        run = cli({"events"});
        CLI_OK(run);
        QVERIFY2(run.out.contains("BY") && run.out.contains("OperatorDeleted") && run.out.contains("admin"),
                 qPrintable(run.out));
    }

    // events --operator: the server's filter, and the same with --follow (the feed's long polls ask the
    // server for that operator's events too).
    void eventsByOperator()
    {
        auto run = cli({"operator", "create", "boss", "--role", "admin", "--output", "json"});
        CLI_OK(run);
        const QString bossFile = m_fixture.writeFile("boss", run.json().value("token").toString().toUtf8());
        CLI_OK(cli({"operator", "create", "temp", "--role", "viewer"}, bossFile));

        run = cli({"events", "--operator", "boss", "--output", "json"});
        CLI_OK(run);
        auto events = run.json().value("events").toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].toObject().value("kind").toString(), QStringLiteral("OperatorCreated"));
        QCOMPARE(events[0].toObject().value("operator").toString(), QStringLiteral("boss"));
        run = cli({"events", "--operator", "admin", "--output", "json"});
        CLI_OK(run);
        events = run.json().value("events").toArray();
        QVERIFY(events.size() >= 3); // wall, oncall and boss were created by the admin token
        for (const auto& e : events)
            QCOMPARE(e.toObject().value("operator").toString(), QStringLiteral("admin"));
        run = cli({"events", "--operator", "boss"});
        CLI_OK(run);
        QVERIFY2(run.out.contains("OperatorCreated") && !run.out.contains("OperatorDeleted"),
                 qPrintable(run.out));
        run = cli({"events", "--operator", "nobody", "--output", "json"});
        CLI_OK(run); // a name that caused nothing (or is gone) has no events
        QVERIFY(run.json().value("events").toArray().isEmpty());

        // Following boss only: the admin's change made meanwhile is left out, boss's is printed.
        QProcess follow;
        follow.start(CliFixture::cliBinary(),
                     m_fixture.globals() +
                         QStringList{"events", "--follow", "--operator", "boss", "--output", "json"});
        QVERIFY(follow.waitForStarted());
        QString seen;
        QDeadlineTimer deadline(30000); // a CLI started under the sanitizers on a loaded machine is slow
        while (!seen.contains("\"temp\"") && !deadline.hasExpired()) {
            follow.waitForReadyRead(100);
            seen += QString::fromUtf8(follow.readAllStandardOutput());
        }
        QVERIFY2(seen.contains("OperatorCreated"), qPrintable(seen)); // the backlog, boss's only
        CLI_OK(cli({"operator", "create", "byadmin", "--role", "viewer"}));
        CLI_OK(cli({"operator", "delete", "temp"}, bossFile));
        deadline.setRemainingTime(30000);
        while (!seen.contains("OperatorDeleted") && !deadline.hasExpired()) {
            follow.waitForReadyRead(100);
            seen += QString::fromUtf8(follow.readAllStandardOutput());
        }
        follow.terminate();
        QVERIFY(follow.waitForFinished(10000));
        QCOMPARE(follow.exitCode(), 0);
        QVERIFY2(seen.contains("OperatorDeleted"), qPrintable(seen));
        QVERIFY2(!seen.contains("byadmin") && !seen.contains("\"admin\""), qPrintable(seen));
        // One JSON line an event: boss's two and nothing else.
        const QStringList lines = seen.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString& line : lines) {
            const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(event.value("operator").toString(), QStringLiteral("boss"));
            QCOMPARE(event.value("detail").toObject().value("name").toString(), QStringLiteral("temp"));
        }
    }

    void badArguments()
    {
        QCOMPARE(cli({"operator", "create", "x1x"}).exitCode, 2); // no --role
        QCOMPARE(cli({"operator", "create", "abc", "--role", "root"}).exitCode, 2);
        QCOMPARE(cli({"operator", "create", "abc", "--role", "viewer", "--expires-in", "soon"}).exitCode, 2);
        QCOMPARE(cli({"operator", "create", "abc", "--role", "viewer", "--expires-in", "0"}).exitCode, 2);
        QCOMPARE(cli({"operator", "delete"}).exitCode, 2);
        auto run = cli({"operator", "create", "Bad Name", "--role", "viewer"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("name"), qPrintable(run.err));
        // An operator's name follows the endpoint-name rule: the server refuses any other, with or without
        // --follow; --operator needs a value.
        for (const QStringList& follow : {QStringList{}, QStringList{"--follow"}}) {
            run = cli(QStringList{"events", "--operator", "Not A Name"} + follow);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("operator"), qPrintable(run.err));
        }
        QCOMPARE(cli({"events", "--operator"}).exitCode, 2);
        run = cli({"whoami"}, m_fixture.filePath("missing"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("token file"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CliOperatorsTest)
#include "tst_CliOperators.moc"
