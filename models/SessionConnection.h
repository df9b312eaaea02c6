#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include "SingleFlight.h"
#include "SwitchyardClient.h"

namespace switchyard::models {

// Whether the session reaches its cluster: connects (GET /api/v1/cluster), notices a lost connection or a
// refused token in any call's outcome, and reconnects with back-off (0.5 s doubling to 10 s) until it
// works again. Lives on the GUI thread; the client it uses outlives its calls (see ResultDelivery.h).
class SessionConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionConnection)

public:
    enum class State
    {
        Connecting,
        Connected,
        Reconnecting,
        Unreachable,
    };
    Q_ENUM(State)

    static constexpr int kMaxBackoffMs = 10000;

    SessionConnection(client::SwitchyardClient& client, QObject* parent = nullptr);

    void start();
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    QString stateText() const;
    QString lastError() const { return m_lastError; }
    // The outcome of any call made while connected: only a transport error or a refused token counts.
    void noteOutcome(const Error* error);
    // The wait before the next attempt after `failures` failed ones.
    static int backoffMs(int failures);

signals:
    // The cluster answered; emitted before the state becomes Connected.
    void reached(const switchyard::ClusterInfo& cluster);
    // The state is now Connected (after reached()).
    void connected();
    void stateChanged();

private:
    void tryConnect();
    void scheduleReconnect();
    void setState(State state, const QString& error = {});

    client::SwitchyardClient& m_client;
    State m_state = State::Connecting;
    QString m_lastError;
    int m_failures = 0;
    QTimer m_reconnect;
    SingleFlight m_connecting;
};

} // namespace switchyard::models
