#include <clocale>
#include <cstdlib>
#include <limits>

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "ClusterGauges.h"

using namespace switchyard::client;

// The gauges read the server's Prometheus text the same way whatever locale the console runs in. The
// console sets the C locale from the environment (QCoreApplication does), and under it_IT the decimal
// separator is a comma: a parser that follows the C locale reads "37.5" as 37.
class ClusterGaugesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_locales;

    static double utilizationOf(const std::string& text)
    {
        const auto gauges = ClusterGauges::fromPrometheusText(text);
        const auto* demo = gauges.endpoint("demo");
        if (!demo || !demo->count("blue"))
            return -1;
        return demo->at("blue").utilization;
    }

private slots:
    // An Italian LC_NUMERIC, compiled into a temp dir (LOCPATH) so the test does not depend on the locales
    // the machine happens to have installed.
    void initTestCase()
    {
        const QString localedef = QStandardPaths::findExecutable(QStringLiteral("localedef"));
        if (localedef.isEmpty())
            QSKIP("no localedef: cannot build an Italian locale to test under");
        QProcess build;
        build.start(localedef, {QStringLiteral("-i"), QStringLiteral("it_IT"), QStringLiteral("-f"),
                                QStringLiteral("UTF-8"), m_locales.filePath(QStringLiteral("it_IT.UTF-8"))});
        QVERIFY(build.waitForFinished(120000));
        qputenv("LOCPATH", QFile::encodeName(m_locales.path()));
        if (!std::setlocale(LC_NUMERIC, "it_IT.UTF-8"))
            QSKIP("localedef could not build it_IT.UTF-8 (no locale sources?)");
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        // The premise: in this locale the C library's own parser stops at the '.'.
        QCOMPARE(std::strtod("37.5", nullptr), 37.0);
    }

    void cleanupTestCase() { std::setlocale(LC_NUMERIC, "C"); }

    void samplesKeepTheirDecimals_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<double>("utilization");
        QTest::newRow("a decimal") << "37.5" << 37.5;
        QTest::newRow("a fraction under one") << "0.0625" << 0.0625;
        QTest::newRow("an exponent") << "1.25e+02" << 125.0;
        QTest::newRow("with a timestamp") << "42.25 1700000000000" << 42.25;
        QTest::newRow("Prometheus' +Inf") << "+Inf" << std::numeric_limits<double>::infinity();
        QTest::newRow("an integer") << "80" << 80.0;
    }

    void samplesKeepTheirDecimals()
    {
        QFETCH(QString, sample);
        QFETCH(double, utilization);
        const std::string text =
            "switchyard_version_utilization_percent{endpoint=\"demo\",version=\"blue\"} " +
            sample.toStdString() + "\n";
        QCOMPARE(utilizationOf(text), utilization);
    }

    void notANumberIsSkipped()
    {
        QCOMPARE(
            utilizationOf("switchyard_version_utilization_percent{endpoint=\"demo\",version=\"blue\"} x\n"),
            -1.0);
        QCOMPARE(
            utilizationOf("switchyard_version_utilization_percent{endpoint=\"demo\",version=\"blue\"}\n"),
            -1.0);
    }
};

QTEST_GUILESS_MAIN(ClusterGaugesTest)
#include "tst_ClusterGauges.moc"
