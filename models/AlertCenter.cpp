#include "AlertCenter.h"

#include <map>

#include <QLoggingCategory>

#include "AlertLogModel.h"
#include "AlertLogStore.h"
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
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &AlertCenter::saveLog);
    m_io.setMaxThreadCount(1);
    m_io.setExpiryTimeout(-1); // one thread for the console's life, not one started per write
}

AlertCenter::~AlertCenter()
{
    // The console closes: what fires now ends with it. No signal: the window around it is going too.
    const auto firing = m_evaluator.firing();
    if (!firing.empty()) {
        const QSignalBlocker quiet(m_log);
        const QDateTime now = QDateTime::currentDateTime();
        for (auto e : firing) {
            e.ended = now;
            e.endedWithConsole = true;
            m_log->record(e);
            qCInfo(lcAlerts).noquote() << "alert still firing as the console closes:" << AlertText::summary(e)
                                       << "since" << AlertLogModel::timeText(e.started);
        }
        m_savePending = true;
    }
    // The last write waits for those under way and is made here: nothing may be lost as the console closes.
    m_io.waitForDone();
    if (!m_logPath.isEmpty() && m_savePending && !m_loading)
        onLogSaved(AlertLogStore::save(m_logPath, m_log->episodes(), QDateTime::currentDateTime()));
}

void AlertCenter::keepLogIn(const QString& path)
{
    m_logPath = path;
    m_loading = true;
    const QDateTime now = QDateTime::currentDateTime();
    // The answer comes back as an event to this object; the destructor waits for the thread first.
    m_io.start([this, path, now] {
        auto loaded = AlertLogStore::load(path, now);
        QMetaObject::invokeMethod(
            this, [this, path, loaded = std::move(loaded)] { onLogLoaded(path, loaded); },
            Qt::QueuedConnection);
    });
}

void AlertCenter::onLogLoaded(const QString& path, const AlertLogStore::Loaded& loaded)
{
    if (!loaded.error.isEmpty() && loaded.setAside.isEmpty()) {
        // Not moved: writing the log would overwrite it. This session's alerts are not kept.
        qCWarning(lcAlerts).noquote()
            << QStringLiteral("the alert log %1 cannot be read (%2) nor moved aside: it is left "
                              "as it is, and this session's alerts are not kept after it ends")
                   .arg(path, loaded.error);
        m_logPath.clear();
    } else if (!loaded.error.isEmpty()) {
        qCWarning(lcAlerts).noquote()
            << QStringLiteral("the alert log %1 cannot be read (%2): it was moved to %3, and the log starts "
                              "empty")
                   .arg(path, loaded.error, loaded.setAside);
    }
    m_log->restore(loaded.episodes);
    m_evaluator.continueIdsAfter(m_log->lastId());
    m_loading = false;
    emit logLoaded();
    checkConnections();
}

void AlertCenter::saveLog()
{
    if (m_logPath.isEmpty() || !m_savePending || m_loading)
        return;
    m_savePending = false;
    m_saveTimer.stop();
    m_io.start([this, path = m_logPath, episodes = m_log->episodes(), now = QDateTime::currentDateTime()] {
        QString error = AlertLogStore::save(path, episodes, now);
        QMetaObject::invokeMethod(
            this, [this, error = std::move(error)] { onLogSaved(error); }, Qt::QueuedConnection);
    });
}

void AlertCenter::onLogSaved(const QString& error)
{
    if (!error.isEmpty() && !m_saveFailed)
        qCWarning(lcAlerts).noquote()
            << QStringLiteral("the alert log cannot be written to %1 (%2): it is kept in memory, and written "
                              "again at the next alert")
                   .arg(m_logPath, error);
    else if (error.isEmpty() && m_saveFailed)
        qCInfo(lcAlerts).noquote() << "the alert log is written to" << m_logPath << "again";
    m_saveFailed = !error.isEmpty();
}

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
    if (m_loading)
        return;
    if (const auto cluster = clusterOf(clusterKey))
        handle(m_evaluator.observe(*cluster, snapshot, QDateTime::currentDateTime()));
}

void AlertCenter::checkConnections()
{
    if (m_loading)
        return;
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
    m_savePending = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
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
