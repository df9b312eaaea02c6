#pragma once

#include <set>
#include <vector>

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include "AlertEvaluator.h"
#include "AlertLogStore.h"

namespace switchyard {
struct MonitorSnapshot;
}

namespace switchyard::models {

class AlertLogModel;
class ClusterListModel;
class MonitorModel;
class MonitorPoller;

// The console's alerts: feeds the evaluator with every monitor answer (MonitorPoller) and, once a second,
// with every attached cluster's connection state; marks the rows of firing alerts in the MonitorModel;
// logs every episode (AlertLogModel), keeps the log in a file across console sessions (keepLogIn) and says
// when one fires or clears (the notifications listen). When the center goes (the console closes), the
// alerts still firing end "with the console" in the log: a console started later judges them afresh.
class AlertCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    static constexpr int kTickMs = 1000;
    // Changes close together (every version of a cluster failing at once) are written to the file once.
    static constexpr int kSaveDelayMs = 500;

    AlertCenter(ClusterListModel* clusters, MonitorPoller* poller, MonitorModel* monitor,
                QObject* parent = nullptr);
    ~AlertCenter() override;

    void setRules(const AlertRuleBook& rules);
    const AlertRuleBook& rules() const { return m_evaluator.rules(); }
    int firingCount() const { return m_evaluator.firingCount(); }
    std::vector<AlertEpisode> firing() const { return m_evaluator.firing(); }
    AlertLogModel* log() const { return m_log; }
    // From now on the log is kept in `path` (AlertLogStore): what an earlier console left there is loaded
    // first, off the GUI thread (logLoaded() says when); alerts are judged from then on, so that new episodes
    // are numbered after the old ones. A file that cannot be read is moved aside and the log starts empty;
    // the console's log says so.
    void keepLogIn(const QString& path);
    // Where the log is kept; empty if it is not (never asked, or the unreadable file could not be moved).
    QString logPath() const { return m_logPath; }
    bool isLoadingLog() const { return m_loading; }
    // Writes the log if a change waits (changes are written within kSaveDelayMs), off the GUI thread; the
    // writes are made one after the other in the order asked.
    void saveLog();
    // The connection states now (the timer does it every second).
    void checkConnections();

signals:
    void alertFired(const switchyard::models::AlertEpisode& episode);
    void alertCleared(const switchyard::models::AlertEpisode& episode);
    void firingCountChanged(int count);
    // The log kept in the file is loaded (keepLogIn).
    void logLoaded();

private:
    void onSnapshot(const QString& clusterKey, const MonitorSnapshot& snapshot);
    std::optional<AlertEvaluator::Cluster> clusterOf(const QString& key) const;
    void handle(const std::vector<AlertEpisode>& changes);
    void onLogLoaded(const QString& path, const AlertLogStore::Loaded& loaded);
    void onLogSaved(const QString& error);
    void updateHighlights(const QString& clusterKey);

    ClusterListModel* m_clusters = nullptr;
    MonitorPoller* m_poller = nullptr;
    MonitorModel* m_monitor = nullptr;
    AlertLogModel* m_log = nullptr;
    AlertEvaluator m_evaluator;
    std::set<QString> m_known; // the cluster keys seen at the last check
    QTimer m_timer;
    QString m_logPath;
    QTimer m_saveTimer; // single shot, started by a change
    bool m_savePending = false;
    bool m_saveFailed = false; // the last write failed (said once, until one works again)
    bool m_loading = false;    // keepLogIn's load is under way: nothing is judged, nothing written
    // The log file's reads and writes, one at a time in the order asked, off the GUI thread (a full log's
    // write took 170 ms of CPU in the Debug build, bench/alert-log-store.cpp). The destructor waits for it
    // before anything else goes.
    QThreadPool m_io;
};

} // namespace switchyard::models
