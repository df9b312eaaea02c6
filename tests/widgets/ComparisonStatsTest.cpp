#include <cmath>

#include <QTest>

#include "ComparisonStats.h"
#include "MetricHistory.h"

using namespace switchyard::models;

class ComparisonStatsTest : public QObject
{
    Q_OBJECT

private slots:
    void zTest_data()
    {
        QTest::addColumn<double>("x1");
        QTest::addColumn<double>("n1");
        QTest::addColumn<double>("x2");
        QTest::addColumn<double>("n2");
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("p");
        QTest::addColumn<bool>("significant");
        // Reference values computed independently (pooled two-proportion z-test, two-sided).
        QTest::newRow("1 % vs 2.5 % of 1000: significant")
            << 10.0 << 1000.0 << 25.0 << 1000.0 << 2.557944 << 0.010529 << true;
        QTest::newRow("5 % vs 6 % of 1000: not significant")
            << 50.0 << 1000.0 << 60.0 << 1000.0 << 0.980816 << 0.326683 << false;
        QTest::newRow("treatment better: negative z")
            << 120.0 << 2000.0 << 90.0 << 2000.0 << -2.126777 << 0.033439 << true;
    }

    void zTest()
    {
        QFETCH(double, x1);
        QFETCH(double, n1);
        QFETCH(double, x2);
        QFETCH(double, n2);
        QFETCH(double, z);
        QFETCH(double, p);
        QFETCH(bool, significant);
        const auto result = ComparisonStats::twoProportionZTest(x1, n1, x2, n2);
        QVERIFY(result.valid);
        QVERIFY2(std::fabs(result.z - z) < 1e-5, qPrintable(QString::number(result.z, 'f', 6)));
        QVERIFY2(std::fabs(result.pValue - p) < 1e-5, qPrintable(QString::number(result.pValue, 'f', 6)));
        QCOMPARE(result.significant, significant);
    }

    void zTestWithoutDataIsInvalid()
    {
        QVERIFY(!ComparisonStats::twoProportionZTest(0, 0, 1, 10).valid);
        QVERIFY(!ComparisonStats::twoProportionZTest(0, 100, 0, 100).valid); // pooled rate 0: no variance
    }

    void summarizeWindow()
    {
        SampleRing ring(600);
        // 400 seconds: 10 rps with 1 error/s, p50 20 ms, p99 (100 + i) ms, utilization 50.
        for (int i = 0; i < 400; ++i)
            ring.push({1000 + i, 2, 2, 1, 0, 50, 10, 1, 20, 100.0 + i});
        // Last 300 s: t in (1399 - 300, 1399] → 300 samples.
        const auto s = ComparisonStats::summarize(ring, 300, 1399);
        QCOMPARE(s.samples, 300);
        QCOMPARE(s.requests, 3000.0);
        QCOMPARE(s.errors, 300.0);
        QCOMPARE(s.errorRate, 0.1);
        QCOMPARE(s.latencyMsP50, 20.0);
        QCOMPARE(s.latencyMsP99, 100.0 + (100 + 399) / 2.0); // mean of i = 100..399
        QCOMPARE(s.meanUtilization, 50.0);
    }

    void summarizeSkipsMissingLatency()
    {
        SampleRing ring(10);
        ring.push({1, 1, 1, 0, 0, 0, 0, 0, std::nan(""), std::nan("")});
        const auto s = ComparisonStats::summarize(ring, 300, 1);
        QCOMPARE(s.requests, 0.0);
        QCOMPARE(s.errorRate, 0.0);
        QVERIFY(std::isnan(s.latencyMsP50));
    }
};

QTEST_APPLESS_MAIN(ComparisonStatsTest)
#include "ComparisonStatsTest.moc"
