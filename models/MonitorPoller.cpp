#include "MonitorPoller.h"

#include <algorithm>
#include <utility>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "MonitorModel.h"

namespace switchyard::models {

MonitorPoller::MonitorPoller(ClusterListModel* clusters, MonitorModel* model, QObject* parent)
    : QObject(parent), m_clusters(clusters), m_model(model)
{
    connect(clusters, &QAbstractItemModel::rowsInserted, this, &MonitorPoller::follow);
    connect(clusters, &QAbstractItemModel::rowsRemoved, this, &MonitorPoller::follow);
    connect(clusters, &QAbstractItemModel::modelReset, this, &MonitorPoller::follow);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MonitorPoller::poll);
    m_timer.start();
    follow();
}

MonitorPoller::~MonitorPoller() = default;

void MonitorPoller::follow()
{
    std::vector<ClusterSession*> sessions;
    for (int row = 0; row < m_clusters->rowCount(); ++row)
        if (auto* session = m_clusters->sessionAt(row))
            sessions.push_back(session);
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        if (!(*it)->session ||
            std::find(sessions.begin(), sessions.end(), (*it)->session.data()) == sessions.end()) {
            m_model->removeCluster((*it)->key);
            const bool named = (*it)->routeMissing;
            it = m_watched.erase(it);
            if (named)
                emit clustersWithoutMonitorChanged();
        } else {
            ++it;
        }
    }
    bool added = false;
    for (auto* session : sessions) {
        if (!keyOf(session).isEmpty())
            continue;
        auto watched = std::make_unique<Watched>();
        watched->session = session;
        watched->key = QString::number(++m_serial);
        followChanges(session, watched->key);
        m_watched.push_back(std::move(watched));
        added = true;
    }
    if (added)
        poll();
}

void MonitorPoller::followChanges(ClusterSession* session, const QString& key)
{
    // The session follows the cluster's change feed anyway: who changed what costs no request here.
    const auto& kept = session->recentEvents();
    m_model->noteEvents(key, std::vector<EventRecord>(kept.begin(), kept.end()));
    connect(session, &ClusterSession::eventRecordsArrived, this,
            [this, key](const std::vector<EventRecord>& events) {
                if (find(key))
                    m_model->noteEvents(key, events);
            });
    connect(session, &ClusterSession::eventHistoryCleared, this, [this, key] {
        if (find(key))
            m_model->clearChanges(key);
    });
}

QString MonitorPoller::keyOf(const ClusterSession* session) const
{
    for (const auto& w : m_watched)
        if (w->session == session)
            return w->key;
    return {};
}

ClusterSession* MonitorPoller::sessionOf(const QString& key) const
{
    for (const auto& w : m_watched)
        if (w->key == key)
            return w->session;
    return nullptr;
}

MonitorPoller::Watched* MonitorPoller::find(const QString& key)
{
    for (const auto& w : m_watched)
        if (w->key == key)
            return w.get();
    return nullptr;
}

void MonitorPoller::poll()
{
    const QDateTime now = QDateTime::currentDateTime();
    for (const auto& w : m_watched) {
        if (!w->session)
            continue;
        const bool connected = w->session->state() == ClusterSession::State::Connected;
        if (w->lastAnswer.isValid() && (!connected || w->lastAnswer.msecsTo(now) > kStaleAfterMs)) {
            m_model->setClusterStale(w->key, true);
            w->needsHistory = true; // the gap is filled from the server's history when it answers again
        }
        if (!w->loading.tryStart())
            continue;
        const QString key = w->key;
        // The poller is the context: an answer after it is gone is dropped. The watched entry may be
        // gone too (the cluster detached), hence the look-up by key.
        // The history becomes the sparklines' series on the client's thread (PreparedMonitorSnapshot).
        w->session->fetchPreparedMonitor(
            w->needsHistory ? kHistorySeconds : 0, this,
            [this, key](const client::ApiResult<PreparedMonitorSnapshot>& result) {
                onAnswer(key, result ? &result.value() : nullptr, result.httpStatus());
            });
    }
}

QStringList MonitorPoller::clustersWithoutMonitor() const
{
    QStringList names;
    for (const auto& w : m_watched)
        if (w->routeMissing && w->session)
            names << w->session->displayName();
    return names;
}

void MonitorPoller::onAnswer(const QString& key, const PreparedMonitorSnapshot* snapshot, int httpStatus)
{
    Watched* w = find(key);
    if (!w)
        return;
    w->loading.finish();
    // 404 from a server that answers otherwise: it predates the route (an answer of any kind clears it).
    const bool missing = !snapshot && httpStatus == 404;
    if (snapshot || httpStatus > 0) {
        if (missing != std::exchange(w->routeMissing, missing))
            emit clustersWithoutMonitorChanged();
    }
    if (!snapshot || !w->session)
        return;
    w->lastAnswer = QDateTime::currentDateTime();
    w->needsHistory = false;
    m_model->applySnapshot(key, w->session->displayName(), *snapshot, w->lastAnswer);
    emit snapshotReceived(key, snapshot->snapshot);
}

} // namespace switchyard::models
