#pragma once

#include <memory>
#include <vector>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include "SingleFlight.h"
#include "api/MonitorSnapshot.h"

namespace switchyard::models {

class ClusterListModel;
class ClusterSession;
class MonitorModel;

// Feeds the MonitorModel: one GET /api/v1/monitor per attached cluster per second, whatever is on screen
// and whatever the number of endpoints. The first request of a cluster (and the first after it was stale)
// asks for five minutes of history so the sparklines start full; the later ones only for the last second.
// A cluster that has not answered for kStaleAfterMs, or whose session is not connected, is marked stale.
// Follows the attached clusters through the ClusterListModel. A cluster whose server answers 404 to the
// route (a server older than the Monitor) is named by clustersWithoutMonitor() until it answers. Who made
// each endpoint's last change comes from the events the session already follows (no request of its own).
class MonitorPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorPoller)

public:
    static constexpr int kIntervalMs = 1000;
    static constexpr int kHistorySeconds = 300;
    // Three missed seconds: one slow answer is not yet news, three are.
    static constexpr int kStaleAfterMs = 3000;

    MonitorPoller(ClusterListModel* clusters, MonitorModel* model, QObject* parent = nullptr);
    ~MonitorPoller() override;

    // The key the cluster's rows have in the model (MonitorModel::ClusterKeyRole); empty if not followed.
    QString keyOf(const ClusterSession* session) const;
    ClusterSession* sessionOf(const QString& key) const;
    // One round now (the timer does it every second).
    void poll();
    // The display names of the clusters whose server has no GET /api/v1/monitor (it answered 404).
    QStringList clustersWithoutMonitor() const;

signals:
    void clustersWithoutMonitorChanged();

signals:
    // Every answer, after the model took it (the alerts judge it).
    void snapshotReceived(const QString& cluster, const switchyard::MonitorSnapshot& snapshot);

private:
    struct Watched
    {
        QPointer<ClusterSession> session;
        QString key;
        SingleFlight loading;
        bool needsHistory = true;
        bool routeMissing = false;
        QDateTime lastAnswer;
    };

    void follow();
    // The model names who made each endpoint's last change, from the session's change feed.
    void followChanges(ClusterSession* session, const QString& key);
    Watched* find(const QString& key);
    void onAnswer(const QString& key, const MonitorSnapshot* snapshot, int httpStatus);

    ClusterListModel* m_clusters = nullptr;
    MonitorModel* m_model = nullptr;
    std::vector<std::unique_ptr<Watched>> m_watched;
    int m_serial = 0;
    QTimer m_timer;
};

} // namespace switchyard::models
