// switchyard-server's command line: the defaults, every flag's value, a bad value of each flag (one
// sentence naming the flag) and, through the real binary, exit status 2 and --help.
#include <QProcess>
#include <QtTest>

#include <string>
#include <vector>

#include "Options.h"
#include "ServerProcess.h"
#include "TestPaths.h"

using namespace switchyard;
using namespace switchyard::server;

namespace {

Result<Options> parse(std::vector<std::string> args)
{
    args.insert(args.begin(), "switchyard-server");
    std::vector<char*> argv;
    for (auto& arg : args)
        argv.push_back(arg.data());
    return Options::parse(static_cast<int>(argv.size()), argv.data());
}

} // namespace

class OptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const auto o = parse({});
        QVERIFY(o.ok());
        QCOMPARE(o->listenHost, std::string("127.0.0.1"));
        QCOMPARE(o->listenPort, std::uint16_t(8480));
        QCOMPARE(o->dataDir, std::string("."));
        QCOMPARE(o->clusterName, std::string("local"));
        QCOMPARE(o->purpose, std::string("FastProd"));
        QCOMPARE(o->maxModelBytes, std::uint64_t(256ull * 1024 * 1024));
        QCOMPARE(o->scaleDownDelay, std::chrono::seconds(60));
        QCOMPARE(o->idleTimeout, std::chrono::seconds(60));
        QCOMPARE(o->shutdownGrace, std::chrono::seconds(30));
        QCOMPARE(o->maxConnections, std::size_t(0));
        QCOMPARE(o->maxBodyMemory, std::uint64_t(1024ull * 1024 * 1024));
        QCOMPARE(o->tokenLifetime, std::chrono::seconds(3600));
        QCOMPARE(o->logFormat, std::string("text"));
        QVERIFY(!o->metricsPublic);
        QVERIFY(!o->demo);
        QCOMPARE(o->threads, 0);
        QVERIFY(o->action == Options::Action::Run);
    }

    void everyFlag()
    {
        const auto o = parse({"--listen",
                              "[::1]:0",
                              "--data-dir",
                              "/tmp/d",
                              "--cluster-name=c1",
                              "--purpose",
                              "DevTest",
                              "--cpu-cores",
                              "2.5",
                              "--memory-gb",
                              "4",
                              "--admin-token-file",
                              "t",
                              "--max-model-bytes",
                              "1000",
                              "--scale-down-delay",
                              "5",
                              "--token-lifetime",
                              "7",
                              "--idle-timeout",
                              "9",
                              "--max-connections",
                              "40",
                              "--max-body-memory",
                              "65536",
                              "--shutdown-grace",
                              "0",
                              "--tls-cert",
                              "c.pem",
                              "--tls-key",
                              "k.pem",
                              "--log-format",
                              "json",
                              "--metrics-public",
                              "--demo",
                              "--replica-binary",
                              "r",
                              "--threads",
                              "3",
                              "--public-url",
                              "https://sy.example.com/ml/"});
        QVERIFY2(o.ok(), o ? "" : o.error().message.c_str());
        QCOMPARE(o->listenHost, std::string("::1"));
        QCOMPARE(o->listenPort, std::uint16_t(0));
        QCOMPARE(o->dataDir, std::string("/tmp/d"));
        QCOMPARE(o->clusterName, std::string("c1"));
        QCOMPARE(o->purpose, std::string("DevTest"));
        QCOMPARE(o->cpuCores, 2.5);
        QCOMPARE(o->memoryGb, 4.0);
        QCOMPARE(o->adminTokenFile, std::string("t"));
        QCOMPARE(o->maxModelBytes, std::uint64_t(1000ull));
        QCOMPARE(o->scaleDownDelay, std::chrono::seconds(5));
        QCOMPARE(o->tokenLifetime, std::chrono::seconds(7));
        QCOMPARE(o->idleTimeout, std::chrono::seconds(9));
        QCOMPARE(o->maxConnections, std::size_t(40));
        QCOMPARE(o->maxBodyMemory, std::uint64_t(65536ull));
        QCOMPARE(o->shutdownGrace, std::chrono::seconds(0));
        QCOMPARE(o->tlsCert, std::string("c.pem"));
        QCOMPARE(o->tlsKey, std::string("k.pem"));
        QCOMPARE(o->logFormat, std::string("json"));
        QVERIFY(o->metricsPublic);
        QVERIFY(o->demo);
        QCOMPARE(o->replicaBinary, std::string("r"));
        QCOMPARE(o->threads, 3);
        QCOMPARE(o->publicUrl, std::string("https://sy.example.com/ml")); // without the trailing slash
    }

    void lastValueWins()
    {
        const auto o = parse({"--threads", "2", "--threads", "4"});
        QVERIFY(o.ok());
        QCOMPARE(o->threads, 4);
    }

    void actions()
    {
        QVERIFY(parse({"--help"})->action == Options::Action::Help);
        QVERIFY(parse({"-h"})->action == Options::Action::Help);
        QVERIFY(parse({"--version"})->action == Options::Action::Version);
        QVERIFY(parse({"--print-routes"})->action == Options::Action::PrintRoutes);
    }

    void badValue_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, QStringList args, const char* message) {
            QTest::newRow(name) << args << QString::fromUtf8(message);
        };
        row("listen without port", {"--listen", "localhost"},
            "--listen needs HOST:PORT, e.g. 127.0.0.1:8480.");
        row("listen port too big", {"--listen", "h:70000"}, "--listen needs HOST:PORT, e.g. 127.0.0.1:8480.");
        row("purpose", {"--purpose", "Prod"}, "--purpose is DevTest or FastProd.");
        row("cpu-cores zero", {"--cpu-cores", "0"}, "--cpu-cores needs a positive number.");
        row("memory-gb text", {"--memory-gb=lots"}, "--memory-gb needs a positive number.");
        row("max-model-bytes", {"--max-model-bytes", "0"},
            "--max-model-bytes needs a positive whole number.");
        row("max-connections", {"--max-connections", "0"},
            "--max-connections needs a whole number between 1 and 10000000.");
        row("max-connections huge", {"--max-connections", "10000001"},
            "--max-connections needs a whole number between 1 and 10000000.");
        row("max-body-memory", {"--max-body-memory", "65535"},
            "--max-body-memory needs a whole number of bytes, at least 65536.");
        row("shutdown-grace", {"--shutdown-grace", "3601"},
            "--shutdown-grace needs a whole number of seconds between 0 and 3600.");
        row("scale-down-delay", {"--scale-down-delay", "0"},
            "--scale-down-delay needs a whole number of seconds (at least 1).");
        row("token-lifetime", {"--token-lifetime", "1.5"},
            "--token-lifetime needs a whole number of seconds (at least 1).");
        row("idle-timeout", {"--idle-timeout", "x"},
            "--idle-timeout needs a whole number of seconds (at least 1).");
        row("log-format", {"--log-format", "xml"}, "--log-format is text or json.");
        row("threads", {"--threads", "257"}, "--threads needs a whole number between 1 and 256.");
        row("tls half", {"--tls-cert", "c.pem"}, "--tls-cert and --tls-key go together.");
        row("public-url", {"--public-url", "sy.example.com"},
            "--public-url needs an http:// or https:// URL.");
        row("unknown", {"--bogus"}, "Unknown option '--bogus'; see --help.");
    }
    void badValue()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        std::vector<std::string> argv;
        for (const auto& arg : args)
            argv.push_back(arg.toStdString());
        const auto o = parse(argv);
        QVERIFY(!o.ok());
        QCOMPARE(QString::fromStdString(o.error().message), message);
    }

    void missingValueNamesTheFlag()
    {
        const auto o = parse({"--data-dir"});
        QVERIFY(!o.ok());
        QVERIFY2(o.error().message.find("--data-dir") != std::string::npos, o.error().message.c_str());
    }

    void binaryExitsWithTwoOnABadValue()
    {
        QProcess server;
        server.start(test::ServerProcess::binary(), {QStringLiteral("--threads"), QStringLiteral("0")});
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(server.readAllStandardError()).trimmed(),
                 QStringLiteral("switchyard-server: --threads needs a whole number between 1 and 256."));
    }

    void binaryHelpListsEveryDocumentedFlag()
    {
        QProcess server;
        server.start(test::ServerProcess::binary(), {QStringLiteral("--help")});
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 0);
        const auto help = QString::fromUtf8(server.readAllStandardOutput());
        QVERIFY(help.startsWith(QStringLiteral("Runs a Switchyard cluster")));
        QVERIFY(help.contains(QStringLiteral("Usage: switchyard-server [options]")));
        // Every flag the operator guide documents is in --help (and only --print-routes is hidden).
        QFile guide(test::sourcePath(QStringLiteral("docs/operator-guide.md")));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const auto text = QString::fromUtf8(guide.readAll());
        static const QRegularExpression flagRow(QStringLiteral("^\\| `(--[a-z-]+)"),
                                                QRegularExpression::MultilineOption);
        int flags = 0;
        for (auto it = flagRow.globalMatch(text); it.hasNext(); ++flags) {
            const auto flag = it.next().captured(1);
            QVERIFY2(help.contains(flag + QLatin1Char(' ')) || help.contains(flag + QLatin1Char('\n')),
                     qPrintable(flag));
        }
        QVERIFY(flags >= 15);
        QVERIFY(!help.contains(QStringLiteral("--print-routes")));
    }
};

QTEST_GUILESS_MAIN(OptionsTest)
#include "OptionsTest.moc"
