#pragma once

#include <map>
#include <utility>
#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QDateTime>

#include "LastChanges.h"
#include "MonitorEndpointRow.h"
#include "PreparedMonitorSnapshot.h"
#include "api/MonitorSnapshot.h"

namespace switchyard::models {

// Every endpoint of every attached cluster with its live figures, one row an endpoint, its versions as
// child rows. Fed one MonitorSnapshot per cluster per second (MonitorPoller does that); each snapshot
// updates the cluster's rows in place (dataChanged, inserts and removes for endpoints and versions that
// came or went), never a reset. Rows stay grouped by cluster and sorted by endpoint name; views sort
// through a proxy with SortRole, which holds the value (a number, not its text).
//
// A cluster whose answers stopped is marked stale: its last figures stay, greyed, "as of" the time of
// its last answer.
class MonitorModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorModel)

public:
    enum Column
    {
        ClusterColumn,
        NameColumn,
        StateColumn,
        SplitColumn,
        RequestsColumn,
        ClientErrorsColumn,
        ServerErrorsColumn,
        P50Column,
        P99Column,
        UtilizationColumn,
        ReplicasColumn,
        RequestsTrendColumn,
        P99TrendColumn,
        LastChangeColumn, // who made the endpoint's last change, and when (from the change feed)
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the value to sort by: double, or QString for names
        SeriesRole,                  // QList<double>, oldest first, NaN for no sample (trend columns)
        StaleRole,                   // bool: the cluster stopped answering; the figures are old
        ProblemRole,    // bool: not Healthy, server errors in the last second, or an alert firing
        ClusterKeyRole, // QString: the key the cluster was fed under
        EndpointRole,   // QString
        VersionRole,    // QString, empty on endpoint rows
        StateRole,      // HealthState as int
        AlertRole,      // QStringList: the alerts firing on the row (an endpoint's: its versions' too)
    };

    explicit MonitorModel(QObject* parent = nullptr);
    ~MonitorModel() override;

    // The cluster's rows become the snapshot's endpoints and versions. `cluster` is a stable key,
    // `displayName` what the cluster column shows.
    void applySnapshot(const QString& cluster, const QString& displayName, const MonitorSnapshot& snapshot,
                       const QDateTime& answeredAt = QDateTime::currentDateTime());
    // The same with the history already made into series off the GUI thread (prepareMonitorSnapshot):
    // the rows share those lists, the model ends the same as with the plain snapshot.
    void applySnapshot(const QString& cluster, const QString& displayName,
                       const PreparedMonitorSnapshot& prepared,
                       const QDateTime& answeredAt = QDateTime::currentDateTime());
    void setClusterStale(const QString& cluster, bool stale);
    bool isClusterStale(const QString& cluster) const;
    void removeCluster(const QString& cluster);
    // The alerts firing on the cluster's rows, by (endpoint, version); an empty version is the endpoint's
    // own. Their rows are highlighted, the alerts in their tooltip (AlertCenter sets them).
    void setAlerts(const QString& cluster, std::map<std::pair<QString, QString>, QStringList> alerts);
    // The cluster's change feed (oldest first): each endpoint row names who made its last change, and
    // when. clearChanges() forgets them (the server's log was replaced).
    void noteEvents(const QString& cluster, const std::vector<EventRecord>& events);
    void clearChanges(const QString& cluster);
    // Endpoint rows that are problems (ProblemRole), over every cluster.
    int problemCount() const { return m_problemCount; }
    QModelIndex endpointIndex(const QString& cluster, const QString& endpoint) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void problemCountChanged(int count);
    // After every snapshot: a proxy re-sorts and re-filters once for the whole cluster here.
    void snapshotApplied(const QString& cluster);

private:
    struct Cluster
    {
        QString displayName;
        QDateTime answeredAt;
        std::string lastTime; // the second of the last snapshot: a repeat adds no sample
        bool stale = false;
    };

    // [first, last) of the cluster's rows.
    std::pair<int, int> clusterRange(const QString& cluster) const;
    // `series` (may be null) is PreparedMonitorSnapshot::series of `snapshot`.
    using PreparedSeries = std::vector<std::vector<MonitorVersionSeries>>;
    void apply(const QString& cluster, const QString& displayName, const MonitorSnapshot& snapshot,
               const PreparedSeries* series, const QDateTime& answeredAt);
    // The prepared series of `version` of `endpoint` (both in `snapshot`), or null.
    static const MonitorVersionSeries* seriesOf(const MonitorSnapshot& snapshot, const PreparedSeries* series,
                                                const MonitorSnapshot::Endpoint& endpoint,
                                                const MonitorSnapshot::Version& version);
    void updateVersions(MonitorEndpointRow& row, const MonitorSnapshot& snapshot,
                        const PreparedSeries* series, const MonitorSnapshot::Endpoint& endpoint,
                        bool newSecond);
    void insertEndpoints(int at, const QString& cluster, const MonitorSnapshot& snapshot,
                         const PreparedSeries* series,
                         const std::vector<const MonitorSnapshot::Endpoint*>& endpoints);
    void removeEndpoint(int at);
    void renumber(int from);
    void updateProblemCount();
    bool isProblem(const MonitorEndpointRow& row) const; // not Healthy, server errors, or an alert firing
    QVariant endpointData(const MonitorEndpointRow& row, int column, int role) const;
    QVariant versionData(const MonitorEndpointRow& row, const MonitorVersionRow& version, int column,
                         int role) const;
    QVariant commonData(const MonitorEndpointRow& row, int column, int role) const;
    // The alerts on an endpoint row (version null) or a version row; empty when none fires. Kept on the
    // rows (attachAlerts) so that painting and counting problems look nothing up.
    static const QStringList& alertsOf(const MonitorEndpointRow& row, const MonitorVersionRow* version);
    // Copies the cluster's alerts (m_alerts) onto the endpoint row and its versions.
    void attachAlerts(MonitorEndpointRow& row) const;
    const LastChanges::Change* lastChangeOf(const MonitorEndpointRow& row) const;
    QVariant lastChangeData(const MonitorEndpointRow& row, int role) const;

    std::vector<std::unique_ptr<MonitorEndpointRow>> m_rows;
    std::map<QString, Cluster> m_clusters;
    std::map<QString, std::map<std::pair<QString, QString>, QStringList>> m_alerts; // by cluster
    std::map<QString, LastChanges> m_changes;                                       // by cluster
    int m_problemCount = 0;
};

} // namespace switchyard::models
