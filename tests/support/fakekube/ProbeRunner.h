#pragma once

#include <nlohmann/json.hpp>

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace fakekube {

// A container's httpGet probe, run as the kubelet does: first after initialDelaySeconds, then every
// periodSeconds, each attempt bounded by timeoutSeconds; 2xx and 3xx pass. The result flips after
// successThreshold passes in a row or failureThreshold failures in a row.
class ProbeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeRunner)

public:
    // `container` resolves a named port. `initiallyHealthy`: readiness starts failed, liveness passed.
    ProbeRunner(const nlohmann::json& probe, const nlohmann::json& container, QString host,
                bool initiallyHealthy, QObject* parent = nullptr);

    void start();
    void stop();
    bool healthy() const { return m_healthy; }

signals:
    void healthChanged(bool healthy);

private:
    void attempt();
    void finishAttempt(bool passed);

    QString m_host;
    int m_port = 0;
    QByteArray m_path;
    int m_initialDelayMs = 0;
    int m_periodMs = 10000;
    int m_timeoutMs = 1000;
    int m_successThreshold = 1;
    int m_failureThreshold = 3;
    bool m_initiallyHealthy;
    bool m_healthy;
    int m_successes = 0;
    int m_failures = 0;
    QTimer m_next;
    QTimer m_deadline;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_answer;
};

} // namespace fakekube
