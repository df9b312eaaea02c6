#include <QTest>

#include "ConsoleOptions.h"

using switchyard::app::ConsoleOptions;

class ConsoleOptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void connectWithTokenFile()
    {
        const auto o = ConsoleOptions::parse({QStringLiteral("switchyard"), QStringLiteral("--connect"),
                                              QStringLiteral("http://127.0.0.1:8480"),
                                              QStringLiteral("--admin-token-file"), QStringLiteral("/tmp/t"),
                                              QStringLiteral("--lang"), QStringLiteral("it")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.connectUrl, QStringLiteral("http://127.0.0.1:8480"));
        QCOMPARE(o.adminTokenFile, QStringLiteral("/tmp/t"));
        QCOMPARE(o.language, QStringLiteral("it"));
        QVERIFY(!o.local);
    }

    void connectNeedsAToken()
    {
        const auto o = ConsoleOptions::parse({QStringLiteral("switchyard"), QStringLiteral("--connect"),
                                              QStringLiteral("http://127.0.0.1:8480")});
        QVERIFY(!o.error.isEmpty());
    }

    void unknownLanguageIsRefused()
    {
        const auto o = ConsoleOptions::parse(
            {QStringLiteral("switchyard"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY(!o.error.isEmpty());
    }

    void local()
    {
        const auto o = ConsoleOptions::parse(
            {QStringLiteral("switchyard"), QStringLiteral("--local"), QStringLiteral("--keep-local")});
        QVERIFY(o.local);
        QVERIFY(o.keepLocal);
    }

    void measureStartup_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected"); // 0: refused
        QTest::newRow("200") << QStringLiteral("200") << 200;
        QTest::newRow("zero") << QStringLiteral("0") << 0;
        QTest::newRow("words") << QStringLiteral("many") << 0;
    }

    void measureStartup()
    {
        QFETCH(QString, value);
        QFETCH(int, expected);
        const auto o =
            ConsoleOptions::parse({QStringLiteral("switchyard"), QStringLiteral("--measure-startup"), value});
        QCOMPARE(o.error.isEmpty(), expected > 0);
        if (expected > 0)
            QCOMPARE(o.measureStartup, expected);
    }
};

QTEST_GUILESS_MAIN(ConsoleOptionsTest)
#include "ConsoleOptionsTest.moc"
