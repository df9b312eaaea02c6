#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "EndpointListModel.h"

using namespace switchyard;
using switchyard::models::EndpointListModel;

namespace {
EndpointSummary endpoint(const std::string& name, HealthState state = HealthState::Healthy)
{
    EndpointSummary e;
    e.name = name;
    e.state = state;
    e.versionCount = 1;
    e.defaultVersion = "versiona";
    e.traffic = {{"versiona", 100}};
    return e;
}
} // namespace

class EndpointListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void insertsSortedRows()
    {
        EndpointListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setEndpoints({endpoint("zeta"), endpoint("alpha"), endpoint("mid")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(model.index(0, EndpointListModel::NameColumn).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(model.index(2, EndpointListModel::NameColumn).data().toString(), QStringLiteral("zeta"));
    }

    void samePollChangesNothing()
    {
        EndpointListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEndpoints({endpoint("alpha"), endpoint("beta")});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setEndpoints({endpoint("beta"), endpoint("alpha")});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    void changedRowOnlyEmitsDataChanged()
    {
        EndpointListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEndpoints({endpoint("alpha"), endpoint("beta"), endpoint("gamma")});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEndpoints({endpoint("alpha"), endpoint("beta", HealthState::Failed), endpoint("gamma")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(1, EndpointListModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    }

    void removesAndInsertsInPlace()
    {
        EndpointListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEndpoints({endpoint("alpha"), endpoint("beta"), endpoint("gamma")});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setEndpoints({endpoint("alpha"), endpoint("delta"), endpoint("gamma")});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1); // beta
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1); // delta, sorted between alpha and gamma
        QCOMPARE(model.rowCount(), 3);
        model.setEndpoints({});
        QCOMPARE(model.rowCount(), 0);
    }

    void splitPutsTheDefaultFirst()
    {
        QCOMPARE(EndpointListModel::splitText({{"a", 20}, {"b", 80}}, "b"),
                 QStringLiteral("b 80 % · a 20 %"));
    }
};

QTEST_GUILESS_MAIN(EndpointListModelTest)
#include "EndpointListModelTest.moc"
