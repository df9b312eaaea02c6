#pragma once

#include <deque>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include "ObjectStore.h"
#include "ProbeRunner.h"

namespace fakekube {

struct PodSettings
{
    QString replicaBinary;     // what `switchyard-replica` in a container's command runs
    int crashBackoffMs = 1000; // the first restart delay; doubles up to ten times this
    std::function<bool(const std::string& image)> unpullable;
};

// What the kubelet does for one pod of one container: the container is a real process (its own
// process group, killed with the fake), restarted with back-off when it exits, probed, stopped with
// SIGTERM then SIGKILL after the grace period on deletion. Every change is written to the pod's status
// in the store, so watches see it.
class PodRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodRunner)

public:
    PodRunner(ObjectStore& store, const nlohmann::json& pod, PodSettings settings, QObject* parent = nullptr);
    ~PodRunner() override;

    void start();
    // Deletion: the caller has set deletionTimestamp. terminated() follows once the process is gone.
    void terminate(int gracePeriodSeconds);
    // SIGKILL now, as a crash (the container is restarted).
    void crash();
    // timestamps: each line starts with the time it was written, as ?timestamps=true asks.
    QByteArray logs(int tailLines, bool previous, bool timestamps = false) const;
    bool isRunning() const;

signals:
    void terminated();

private:
    static QByteArray stamped(const QByteArray& line);
    void launch();
    void onExited(int exitCode, QProcess::ExitStatus status);
    void onOutput();
    void onReadiness(bool ready);
    void onLiveness(bool alive);
    // Resolves the container's environment; the reason it cannot (a missing secret), if any.
    std::optional<std::string> environment(QStringList& out) const;
    void waiting(const std::string& reason, const std::string& message);
    void signalGroup(int signal);
    void publish();
    void stopProbes();

    ObjectStore& m_store;
    std::string m_namespace;
    std::string m_name;
    std::string m_uid;
    nlohmann::json m_container;
    QString m_address;
    PodSettings m_settings;

    QPointer<QProcess> m_process;
    ProbeRunner* m_readiness = nullptr;
    ProbeRunner* m_liveness = nullptr;
    QTimer m_retry;
    QTimer m_killTimer;
    bool m_deleting = false;
    bool m_ready = false;
    bool m_started = false;
    bool m_livenessKill = false;
    int m_exits = 0; // in a row: the back-off forgets them once a container ran for a while
    QElapsedTimer m_running;
    int m_restarts = 0;
    std::string m_readySince;
    std::string m_startedAt;
    std::string m_phase = "Pending";
    nlohmann::json m_state;
    nlohmann::json m_lastState = nlohmann::json::object();

    std::deque<QByteArray> m_log;
    std::deque<QByteArray> m_previousLog;
    QByteArray m_partialLine;
};

} // namespace fakekube
