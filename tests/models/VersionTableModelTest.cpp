#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include "StateText.h"
#include "VersionTableModel.h"

using namespace switchyard;
using switchyard::models::VersionTableModel;

namespace {
VersionInfo version(const std::string& name, int traffic, int effective, bool isDefault = false)
{
    VersionInfo v;
    v.spec.versionName = name;
    v.spec.model = "churn:1";
    v.spec.trafficPercentile = traffic;
    v.spec.isDefault = isDefault;
    v.effectiveTraffic = effective;
    v.state = HealthState::Healthy;
    v.replicas = {1, 1, 0};
    return v;
}
} // namespace

class VersionTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsTheSeedsSplit()
    {
        VersionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions({version("versiona", 20, 20), version("versionb", 40, 80, true)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, VersionTableModel::EffectiveColumn).data().toString(),
                 QStringLiteral("20 %"));
        QCOMPARE(model.index(1, VersionTableModel::EffectiveColumn).data().toString(),
                 QStringLiteral("80 %"));
        QCOMPARE(model.index(1, VersionTableModel::DefaultColumn).data().toString(),
                 QStringLiteral("Default"));
        QCOMPARE(model.index(0, VersionTableModel::RoleColumn).data().toString(),
                 QStringLiteral("Treatment"));
    }

    // Figures the cluster has not confirmed since: every row greyed, the state dated; live again, unmarked.
    void staleRowsSayHowOldTheyAre()
    {
        VersionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions({version("versiona", 0, 100, true), version("versionb", 0, 0)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QDateTime since(QDate(2026, 12, 1), QTime(14, 2, 51));
        model.setStaleSince(since);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, VersionTableModel::StateColumn).data().toString(),
                 QStringLiteral("Healthy (as of 14:02:51)"));
        QCOMPARE(model.index(1, VersionTableModel::ReplicasColumn).data(Qt::ForegroundRole).value<QColor>(),
                 models::StateText::staleColor());
        // A poll that answers nothing new keeps the marks; only the connection clears them.
        model.setVersions({version("versiona", 0, 100, true), version("versionb", 0, 0)});
        QCOMPARE(model.index(1, VersionTableModel::StateColumn).data().toString(),
                 QStringLiteral("Healthy (as of 14:02:51)"));
        model.setStaleSince({});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.index(1, VersionTableModel::StateColumn).data().toString(), QStringLiteral("Healthy"));
        QCOMPARE(model.index(1, VersionTableModel::ReplicasColumn).data(Qt::ForegroundRole), QVariant());
    }

    void busyReplicasUpdateOneRow()
    {
        VersionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions({version("versiona", 0, 100, true), version("versionb", 0, 0)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto busy = version("versionb", 0, 0);
        busy.replicas.busy = 1;
        model.setVersions({version("versiona", 0, 100, true), busy});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(1, VersionTableModel::ReplicasColumn).data().toString(),
                 QStringLiteral("1 / 1 / 1"));
    }

    void utilizationChangesOnlyItsCell()
    {
        VersionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions({version("versiona", 0, 100, true), version("versionb", 0, 0)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUtilization({{"versionb", 92.0}});
        QCOMPARE(changed.count(), 1);
        const auto cell = changed.first().at(0).toModelIndex();
        QCOMPARE(cell.row(), 1);
        QCOMPARE(cell.column(), int(VersionTableModel::UtilizationColumn));
        QCOMPARE(model.index(1, VersionTableModel::UtilizationColumn).data().toString(),
                 QStringLiteral("92 %"));
        model.setUtilization({{"versionb", 92.0}});
        QCOMPARE(changed.count(), 1);
        // A later poll keeps the value on the row.
        model.setVersions({version("versiona", 0, 100, true), version("versionb", 0, 0)});
        QCOMPARE(model.index(1, VersionTableModel::UtilizationColumn).data().toString(),
                 QStringLiteral("92 %"));
    }

    void deletedVersionIsRemoved()
    {
        VersionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions({version("versiona", 0, 100, true), version("versionb", 0, 0)});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setVersions({version("versiona", 0, 100, true)});
        QCOMPARE(removed.count(), 1);
        QVERIFY(model.find("versionb") == nullptr);
        QVERIFY(model.find("versiona") != nullptr);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(VersionTableModelTest)
#include "VersionTableModelTest.moc"
