#include "AlertCenter.h"

#include <map>

#include <QLoggingCategory>

#include "AlertLogModel.h"
#include "AlertText.h"
#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "MonitorModel.h"
#include "MonitorPoller.h"

namespace switchyard::models {
namespace {

Q_LOGGING_CATEGORY(lcAlerts, "switchyard.alerts")

} // namespace

AlertCenter::AlertCenter(ClusterListModel* clusters, MonitorPoller* poller, MonitorModel* monitor,
                         QObject* parent)
    : QObject(parent), m_clusters(clusters), m_poller(poller), m_monitor(monitor),
      m_log(new AlertLogModel(this))
{
    connect(poller, &MonitorPoller::snapshotReceived, this, &AlertCenter::onSnapshot);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertCenter::checkConnections);
    m_timer.start();
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::setRules(const AlertRuleBook& rules)
{
    m_evaluator.setRules(rules);
    checkConnections();
}

std::optional<AlertEvaluator::Cluster> AlertCenter::clusterOf(const QString& key) const
{
    const ClusterSession* session = m_poller->sessionOf(key);
    if (!session)
        return std::nullopt;
    return AlertEvaluator::Cluster{key, session->profile().url, session->displayName()};
}

void AlertCenter::onSnapshot(const QString& clusterKey, const MonitorSnapshot& snapshot)
{
    if (const auto cluster = clusterOf(clusterKey))
        handle(m_evaluator.observe(*cluster, snapshot, QDateTime::currentDateTime()));
}

void AlertCenter::checkConnections()
{
    const QDateTime now = QDateTime::currentDateTime();
    std::set<QString> present;
    std::vector<AlertEpisode> changes;
    for (int row = 0; row < m_clusters->rowCount(); ++row) {
        const ClusterSession* session = m_clusters->sessionAt(row);
        const QString key = session ? m_poller->keyOf(session) : QString();
        if (key.isEmpty())
            continue;
        present.insert(key);
        using State = ClusterSession::State;
        // Before its first answer a cluster is not yet known to be unreachable: Connecting says nothing.
        const bool reachable = session->state() == State::Connected || session->state() == State::Connecting;
        QString detail = session->stateText();
        if (!reachable && !session->lastError().isEmpty())
            detail = AlertText::tr("%1: %2").arg(detail, session->lastError());
        const auto found = m_evaluator.observeConnection(*clusterOf(key), reachable, detail, now);
        changes.insert(changes.end(), found.begin(), found.end());
    }
    for (const QString& key : m_known)
        if (!present.contains(key)) {
            const auto gone = m_evaluator.forget(key, now);
            changes.insert(changes.end(), gone.begin(), gone.end());
        }
    m_known = std::move(present);
    handle(changes);
}

void AlertCenter::handle(const std::vector<AlertEpisode>& changes)
{
    if (changes.empty())
        return;
    std::set<QString> touched;
    for (const auto& e : changes) {
        m_log->record(e);
        touched.insert(e.clusterKey);
        // The console's own log too (stderr, the journal), where an operator who missed the window looks.
        if (e.isFiring())
            qCInfo(lcAlerts).noquote()
                << "alert fired:" << AlertText::summary(e) << "since" << AlertLogModel::timeText(e.started);
        else
            qCInfo(lcAlerts).noquote()
                << "alert ended:" << AlertText::summary(e) << "from" << AlertLogModel::timeText(e.started)
                << "to" << AlertLogModel::timeText(e.ended);
    }
    for (const QString& key : touched)
        updateHighlights(key);
    for (const auto& e : changes) {
        if (e.isFiring())
            emit alertFired(e);
        else
            emit alertCleared(e);
    }
    emit firingCountChanged(firingCount());
}

void AlertCenter::updateHighlights(const QString& clusterKey)
{
    std::map<std::pair<QString, QString>, QStringList> alerts;
    for (const auto& e : m_evaluator.firing())
        if (e.clusterKey == clusterKey && !e.endpoint.isEmpty())
            alerts[{e.endpoint, e.version}] << AlertText::summary(e);
    m_monitor->setAlerts(clusterKey, alerts);
}

} // namespace switchyard::models
