// switchyard-cli operator create|list|delete, whoami and --token-file, end to end against the real server.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ServerProcess.h"
#include "TestPaths.h"

using namespace switchyard::test;

class CliOperatorsTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    ServerProcess m_server;
    QTemporaryDir m_files;
    QString m_adminFile;

    // With `tokenFile` as --token-file (the admin token's file when empty).
    Run cli(const QStringList& args, const QString& tokenFile = {})
    {
        QProcess p;
        p.start(binaryPath("app/cli/switchyard-cli"),
                QStringList{"--server", m_server.url().toString(), "--token-file",
                            tokenFile.isEmpty() ? m_adminFile : tokenFile} +
                    args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content + "\n");
        return path;
    }

#define CLI_OK(run) QVERIFY2((run).exitCode == 0, qPrintable((run).err + (run).out))

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_adminFile = writeFile("admin-token", m_server.adminToken().toUtf8());
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }

    void createUseListDelete()
    {
        auto run = cli({"whoami", "--output", "json"});
        CLI_OK(run);
        QCOMPARE(run.json().value("name").toString(), QStringLiteral("admin"));

        run = cli({"operator", "create", "wall", "--role", "viewer", "--output", "json"});
        CLI_OK(run);
        const QString token = run.json().value("token").toString();
        QVERIFY(token.size() >= 40);
        const QString viewerFile = writeFile("wall", token.toUtf8());

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
        run = cli({"whoami"}, m_files.filePath("missing"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("token file"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CliOperatorsTest)
#include "tst_CliOperators.moc"
