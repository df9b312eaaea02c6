#include <QTest>

#include "Capacity.h"
#include "VersionSpec.h"

using namespace switchyard;

class CapacityTest : public QObject
{
    Q_OBJECT

private slots:
    void capacity_data()
    {
        QTest::addColumn<double>("cpu");
        QTest::addColumn<double>("memory");
        QTest::addColumn<int>("minReplicas");
        QTest::addColumn<double>("freeCpu");
        QTest::addColumn<double>("freeMemory");
        QTest::addColumn<bool>("fits");
        QTest::newRow("defaults fit an empty small cluster") << 0.1 << 0.5 << 1 << 2.0 << 24.0 << true;
        QTest::newRow("exactly full fits (decimal slack)") << 0.1 << 0.5 << 3 << 0.3 << 1.5 << true;
        QTest::newRow("cpu short") << 1.0 << 0.5 << 3 << 2.0 << 24.0 << false;
        QTest::newRow("memory short") << 0.1 << 16.0 << 2 << 2.0 << 24.0 << false;
        QTest::newRow("nothing free") << 0.1 << 0.5 << 1 << 0.0 << 0.0 << false;
    }
    void capacity()
    {
        QFETCH(double, cpu);
        QFETCH(double, memory);
        QFETCH(int, minReplicas);
        QFETCH(double, freeCpu);
        QFETCH(double, freeMemory);
        QFETCH(bool, fits);
        VersionSpec spec;
        spec.cpuCores = cpu;
        spec.memoryGb = memory;
        spec.autoscaleMinReplicas = minReplicas;
        const auto status = checkCapacity(spec, {freeCpu, freeMemory});
        QCOMPARE(status.ok(), fits);
        if (!fits) {
            QCOMPARE(QString::fromStdString(status.error().code), QStringLiteral("InsufficientCapacity"));
            QCOMPARE(httpStatus(status.error().kind), 409);
        }
        QCOMPARE(replicasThatFit(spec, {freeCpu, freeMemory}) >= minReplicas, fits);
    }

    void fixedCountIsTheMinimum()
    {
        VersionSpec spec;
        spec.numReplicas = 5;
        spec.autoscaleEnabled = false;
        const auto status = checkCapacity(spec, {0.4, 24});
        QVERIFY(!status.ok());
        QCOMPARE(*status.error().target, std::string("num_replicas"));
    }

    void modelMustExist()
    {
        VersionSpec spec;
        spec.model = "churn:2";
        const auto registry = [](const ModelRef& ref) { return ref.name == "churn" && ref.version == 1; };
        const auto missing = checkModelExists(spec, registry);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, std::string("ModelNotFound"));
        QCOMPARE(*missing.error().target, std::string("model"));
        spec.model = "churn:1";
        QVERIFY(checkModelExists(spec, registry).ok());
    }
};

QTEST_GUILESS_MAIN(CapacityTest)
#include "CapacityTest.moc"
