#include <QTest>

#include "AutoscalePolicy.h"

using namespace switchyard;

class AutoscalePolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void decide_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("ready");
        QTest::addColumn<double>("busy");
        QTest::addColumn<double>("queued");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<double>("belowSeconds");
        QTest::addColumn<int>("capacityAllows");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("capped");
        QTest::addColumn<QString>("reasonContains");
        // target 70 %, scale-down delay 60 s throughout
        QTest::newRow("all busy scales up at once to ceil(busy / 0.7)")
            << 2 << 2 << 2.0 << 0.0 << 1 << 10 << 0.0 << 100 << 3 << false << "above target 70%";
        QTest::newRow("queued requests count")
            << 2 << 2 << 2.0 << 5.0 << 1 << 10 << 0.0 << 100 << 10 << false << "utilization 350%";
        QTest::newRow("never above max")
            << 2 << 2 << 2.0 << 20.0 << 1 << 4 << 0.0 << 100 << 4 << false << "maximum of 4";
        QTest::newRow("capacity caps the scale-up")
            << 2 << 2 << 2.0 << 5.0 << 1 << 10 << 0.0 << 5 << 5 << true << "capacity";
        QTest::newRow("at target holds")
            << 10 << 10 << 7.0 << 0.0 << 1 << 10 << 0.0 << 100 << 10 << false << "at target";
        // At and around the target: an off-by-one in the comparison or the rounding shows here.
        QTest::newRow("just above target adds one")
            << 10 << 10 << 7.01 << 0.0 << 1 << 20 << 0.0 << 100 << 11 << false << "above target";
        QTest::newRow("just below target after the delay holds")
            << 10 << 10 << 6.99 << 0.0 << 1 << 20 << 120.0 << 100 << 10 << false << "target 70%";
        QTest::newRow("a queued request at target adds one")
            << 10 << 10 << 7.0 << 0.01 << 1 << 20 << 0.0 << 100 << 11 << false << "above target";
        QTest::newRow("below target waits for the delay")
            << 4 << 4 << 1.0 << 0.0 << 1 << 10 << 30.0 << 100 << 4 << false << "waiting";
        QTest::newRow("below target after the delay scales down")
            << 4 << 4 << 1.0 << 0.0 << 1 << 10 << 61.0 << 100 << 2 << false << "below target";
        QTest::newRow("idle scales down to the minimum")
            << 5 << 5 << 0.0 << 0.0 << 2 << 10 << 120.0 << 100 << 2 << false << "below target";
        QTest::newRow("under the minimum comes back up")
            << 1 << 1 << 0.0 << 0.0 << 3 << 10 << 0.0 << 100 << 3 << false << "minimum";
        QTest::newRow("over a lowered maximum comes down")
            << 8 << 8 << 8.0 << 0.0 << 1 << 5 << 0.0 << 100 << 5 << false << "maximum";
        QTest::newRow("no ready replica yet, work waiting: scale to the need")
            << 1 << 0 << 0.0 << 3.0 << 1 << 10 << 0.0 << 100 << 5 << false << "above target";
    }
    void decide()
    {
        QFETCH(int, current);
        QFETCH(int, ready);
        QFETCH(double, busy);
        QFETCH(double, queued);
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(double, belowSeconds);
        QFETCH(int, capacityAllows);
        QFETCH(int, expected);
        QFETCH(bool, capped);
        QFETCH(QString, reasonContains);
        AutoscaleInput in;
        in.currentReplicas = current;
        in.readyReplicas = ready;
        in.busyReplicas = busy;
        in.queuedRequests = queued;
        in.minReplicas = min;
        in.maxReplicas = max;
        in.targetUtilization = 70;
        in.secondsBelowTarget = belowSeconds;
        in.scaleDownDelaySeconds = 60;
        in.replicasCapacityAllows = capacityAllows;
        const auto d = AutoscalePolicy::decide(in);
        QCOMPARE(d.desiredReplicas, expected);
        QCOMPARE(d.cappedByCapacity, capped);
        QVERIFY2(QString::fromStdString(d.reason).contains(reasonContains), d.reason.c_str());
        QCOMPARE(d.changes(in), expected != current);
    }

    void utilization()
    {
        QCOMPARE(AutoscalePolicy::utilization(2, 0, 4), 50.0);
        QCOMPARE(AutoscalePolicy::utilization(4, 2, 4), 150.0);
        QCOMPARE(AutoscalePolicy::utilization(0, 0, 0), 0.0);
    }
};

QTEST_GUILESS_MAIN(AutoscalePolicyTest)
#include "AutoscalePolicyTest.moc"
