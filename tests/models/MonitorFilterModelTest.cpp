#include <cmath>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

#include "MonitorFilterModel.h"
#include "MonitorModel.h"
#include "MonitorSnapshots.h"

using namespace switchyard;
using models::MonitorFilterModel;
using models::MonitorModel;
using test::monitorEndpoint;
using test::monitorSnapshot;
using test::monitorVersion;

// What the Monitor view shows of the model: sorted by the value of a column (not its text), filtered by
// a name and to the problem rows.
class MonitorFilterModelTest : public QObject
{
    Q_OBJECT

private:
    MonitorModel m_model;
    MonitorFilterModel m_filter;

    QStringList names(const QModelIndex& parent = {}) const
    {
        QStringList out;
        for (int row = 0; row < m_filter.rowCount(parent); ++row)
            out << m_filter.index(row, MonitorModel::NameColumn, parent)
                       .data(MonitorModel::SortRole)
                       .toString();
        return out;
    }

    QModelIndex endpoint(const QString& name) const
    {
        for (int row = 0; row < m_filter.rowCount(); ++row)
            if (m_filter.index(row, 0).data(MonitorModel::EndpointRole).toString() == name)
                return m_filter.index(row, 0);
        return {};
    }

private slots:
    void init()
    {
        m_model.removeCluster("a");
        m_model.removeCluster("b");
        // Requests 9.5 < 10 < 100 (as text "10.0" < "100.0" < "9.5"); p99 unknown for "idle".
        m_model.applySnapshot(
            "a", "alpha",
            monitorSnapshot(
                "t1", {monitorEndpoint("churn", {monitorVersion("blue", 100, "Healthy", 0, 8),
                                                 monitorVersion("green", 0, "Failed", 0, 3)}),
                       monitorEndpoint("demo", {monitorVersion("v1", 9.5, "Healthy", 0, 120)}),
                       monitorEndpoint("idle", {monitorVersion("v1", 0, "Healthy", 0, std::nan(""))})}));
        m_model.applySnapshot(
            "b", "beta",
            monitorSnapshot("t1",
                            {monitorEndpoint("api", {monitorVersion("canary", 10, "Healthy", 1, 40)})}));
        m_filter.setSourceModel(&m_model);
        m_filter.setText({});
        m_filter.setOnlyProblems(false);
        m_filter.setRefreshInterval(0);
    }

    void underTheTester()
    {
        QAbstractItemModelTester tester(&m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter.sort(MonitorModel::RequestsColumn);
        m_filter.setText(QStringLiteral("canary"));
        m_filter.setOnlyProblems(true);
        m_model.applySnapshot("b", "beta", monitorSnapshot("t2", {}));
        QCOMPARE(m_filter.rowCount(), 0);
    }

    void sortsByValueNotText()
    {
        m_filter.sort(MonitorModel::RequestsColumn, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{"idle", "demo", "api", "churn"}));
        m_filter.sort(MonitorModel::RequestsTrendColumn, Qt::DescendingOrder);
        QCOMPARE(names(), (QStringList{"churn", "api", "demo", "idle"}));
        // No latency sorts below every latency.
        m_filter.sort(MonitorModel::P99Column, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{"idle", "churn", "api", "demo"}));
        // The versions under an endpoint sort by the same column.
        m_filter.sort(MonitorModel::P99Column, Qt::DescendingOrder);
        QCOMPARE(names(endpoint("churn")), (QStringList{"blue", "green"}));
        m_filter.sort(MonitorModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(names().front(), QStringLiteral("churn")); // Failed is worse than Healthy
    }

    void keepsSortedWhenFiguresChange()
    {
        m_filter.sort(MonitorModel::RequestsColumn, Qt::DescendingOrder);
        QCOMPARE(names().front(), QStringLiteral("churn"));
        m_model.applySnapshot("a", "alpha",
                              monitorSnapshot("t2", {monitorEndpoint("churn", {monitorVersion("blue", 1)}),
                                                     monitorEndpoint("demo", {monitorVersion("v1", 500)}),
                                                     monitorEndpoint("idle", {monitorVersion("v1", 0)})}));
        QCOMPARE(names().front(), QStringLiteral("demo"));
    }

    // At the Monitor view's pace: the snapshots of several clusters within the interval cost one sort, in
    // an event-loop turn of its own, and the next comes no sooner than the interval after it.
    void sortsAtMostOncePerInterval()
    {
        m_filter.sort(MonitorModel::RequestsColumn, Qt::DescendingOrder);
        m_filter.setRefreshInterval(300);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> sorted; // when each sort ended
        const auto connection =
            connect(&m_filter, &QAbstractItemModel::layoutChanged, this, [&] { sorted << clock.elapsed(); });
        m_model.applySnapshot("a", "alpha",
                              monitorSnapshot("t2", {monitorEndpoint("churn", {monitorVersion("blue", 1)}),
                                                     monitorEndpoint("demo", {monitorVersion("v1", 500)}),
                                                     monitorEndpoint("idle", {monitorVersion("v1", 0)})}));
        QCOMPARE(names().front(), QStringLiteral("churn")); // not in the snapshot's own turn
        m_model.applySnapshot("b", "beta",
                              monitorSnapshot("t2", {monitorEndpoint("api", {monitorVersion("x", 900)})}));
        QTRY_COMPARE(names().front(), QStringLiteral("api"));
        QCOMPARE(sorted.size(), 1); // one sort for both clusters
        m_model.applySnapshot("b", "beta",
                              monitorSnapshot("t3", {monitorEndpoint("api", {monitorVersion("x", 1)})}));
        QTRY_COMPARE(names().front(), QStringLiteral("demo"));
        QCOMPARE(sorted.size(), 2);
        QVERIFY2(sorted[1] - sorted[0] >= 250, qPrintable(QString::number(sorted[1] - sorted[0])));
        disconnect(connection);
    }

    void filtersByName()
    {
        m_filter.sort(MonitorModel::NameColumn, Qt::AscendingOrder);
        m_filter.setText(QStringLiteral("DEM"));
        QCOMPARE(names(), (QStringList{"demo"}));
        QCOMPARE(m_filter.rowCount(endpoint("demo")), 1);
        // A version's name shows its endpoint, with that version.
        m_filter.setText(QStringLiteral("green"));
        QCOMPARE(names(), (QStringList{"churn"}));
        QCOMPARE(names(endpoint("churn")), (QStringList{"green"}));
        // A cluster's name shows its endpoints.
        m_filter.setText(QStringLiteral("beta"));
        QCOMPARE(names(), (QStringList{"api"}));
        m_filter.setText(QStringLiteral("nothing"));
        QCOMPARE(m_filter.rowCount(), 0);
    }

    void onlyProblems()
    {
        m_filter.sort(MonitorModel::NameColumn, Qt::AscendingOrder);
        m_filter.setOnlyProblems(true);
        // churn has a Failed version; api had server errors in the last second.
        QCOMPARE(names(), (QStringList{"api", "churn"}));
        m_filter.setText(QStringLiteral("churn"));
        QCOMPARE(names(), (QStringList{"churn"}));
        // Recovered: no longer shown.
        m_model.applySnapshot(
            "b", "beta",
            monitorSnapshot("t2",
                            {monitorEndpoint("api", {monitorVersion("canary", 10, "Healthy", 0, 40)})}));
        m_filter.setText({});
        QCOMPARE(names(), (QStringList{"churn"}));
    }
};

QTEST_GUILESS_MAIN(MonitorFilterModelTest)
#include "MonitorFilterModelTest.moc"
