#pragma once

#include <memory>

#include <QObject>

#include "ClusterProfile.h"
#include "ConnectionReport.h"

namespace switchyard::client {
class SwitchyardClient;
}

namespace switchyard::models {

// The steps of a connectivity check — name resolution, TCP connect, TLS handshake and certificate, API
// auth — through the client (client::SwitchyardClient::probeConnection, then GET /api/v1/cluster): the
// same HTTP stack and TLS options as every other call, on the client's thread; the GUI never waits.
// Each step reports its result in the UI language; a step that fails skips the ones that depend on it.
// The console's dialog only shows what this reports.
class ConnectivityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectivityCheck)

public:
    enum Step
    {
        Resolve,
        Connect,
        Tls,
        Auth,
        StepCount
    };

    explicit ConnectivityCheck(ClusterProfile profile, QObject* parent = nullptr);
    ~ConnectivityCheck() override;

    // Starts (or restarts) the check; results of an earlier run are ignored from then on.
    void start();

    static constexpr int kStepTimeoutMs = 8000;

signals:
    void stepReported(int step, bool ok, const QString& text);
    void stepsSkipped(int fromStep, const QString& reason);
    void finished();

private:
    void onConnection(int run, const client::ConnectionReport& report);
    void onAuth(int run, int status, const QString& error);
    void report(Step step, bool ok, const QString& text) { emit stepReported(step, ok, text); }
    void skipFrom(Step step, const QString& reason);

    ClusterProfile m_profile;
    std::unique_ptr<client::SwitchyardClient> m_client;
    int m_run = 0;
};

} // namespace switchyard::models
