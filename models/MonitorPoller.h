#pragma once

#include <memory>
#include <vector>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "SingleFlight.h"

namespace switchyard::models {

class ClusterListModel;
class ClusterSession;
class MonitorModel;

// Feeds the MonitorModel: one GET /api/v1/monitor per attached cluster per second, whatever is on screen
// and whatever the number of endpoints. The first request of a cluster (and the first after it was stale)
// asks for five minutes of history so the sparklines start full; the later ones only for the last second.
// A cluster that has not answered for kStaleAfterMs, or whose session is not connected, is marked stale.
// Follows the attached clusters through the ClusterListModel.
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
        QDateTime lastAnswer;
    };

    void follow();
    Watched* find(const QString& key);
    void onAnswer(const QString& key, const MonitorSnapshot* snapshot);

    ClusterListModel* m_clusters = nullptr;
    MonitorModel* m_model = nullptr;
    std::vector<std::unique_ptr<Watched>> m_watched;
    int m_serial = 0;
    QTimer m_timer;
};

} // namespace switchyard::models
