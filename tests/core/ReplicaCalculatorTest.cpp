#include <QTest>

#include "ReplicaCalculator.h"

using namespace switchyard;

class ReplicaCalculatorTest : public QObject
{
    Q_OBJECT

private slots:
    void replicas_data()
    {
        QTest::addColumn<double>("rps");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("expected");
        QTest::newRow("seed: 20 rps x 10 s at 70 % and 1 request per replica -> 286")
            << 20.0 << 10.0 << 70 << 1 << 286;
        QTest::newRow("4 concurrent requests per replica") << 20.0 << 10.0 << 70 << 4 << 72;
        QTest::newRow("exact division is not rounded up") << 7.0 << 1.0 << 70 << 1 << 10;
        QTest::newRow("a light load needs one") << 1.0 << 0.1 << 70 << 1 << 1;
        QTest::newRow("full utilization target") << 10.0 << 1.0 << 100 << 1 << 10;
        QTest::newRow("no load, no replicas") << 0.0 << 1.0 << 70 << 1 << 0;
    }
    void replicas()
    {
        QFETCH(double, rps);
        QFETCH(double, seconds);
        QFETCH(int, target);
        QFETCH(int, concurrency);
        QFETCH(int, expected);
        QCOMPARE(ReplicaCalculator::replicas(rps, seconds, target, concurrency), expected);
    }
};

QTEST_GUILESS_MAIN(ReplicaCalculatorTest)
#include "ReplicaCalculatorTest.moc"
