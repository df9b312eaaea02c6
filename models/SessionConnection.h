#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include "SingleFlight.h"
#include "SwitchyardClient.h"

namespace switchyard::models {

// Whether the session reaches its cluster: connects (GET /api/v1/cluster), notices a lost connection or a
// refused token in any call's outcome, and reconnects with back-off (0.5 s doubling to 10 s) until it
// works again. A server that still holds its connections but stops answering (stopped, swapping, a dead
// disk) fails no call for as long as the calls' timeout; the connection calls it NotResponding as soon
// as nothing has answered for kNotRespondingMs, and Connected again at the next answer.
// Lives on the GUI thread; the client it uses outlives its calls (see ResultDelivery.h).
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
        NotResponding, // connected, but no answer for kNotRespondingMs: what is on screen is getting old
    };
    Q_ENUM(State)

    static constexpr int kMaxBackoffMs = 10000;
    // The session polls something at least every 2 s while connected, so a healthy cluster answers well
    // within this.
    static constexpr int kNotRespondingMs = 5000;

    SessionConnection(client::SwitchyardClient& client, QString url, QObject* parent = nullptr);

    void start();
    State state() const { return m_state; }
    // Connected or NotResponding: the connection is up and the session keeps polling through it.
    bool isConnected() const { return m_state == State::Connected || m_state == State::NotResponding; }
    // Connected and answering: what the session shows is current.
    bool isLive() const { return m_state == State::Connected; }
    QString stateText() const;
    // A sentence an operator can act on (ConnectionErrorText); empty while connected.
    QString lastError() const { return m_lastError; }
    // The client's own words for the same failure (libcurl's sentence, the HTTP status).
    QString lastErrorDetail() const { return m_lastErrorDetail; }
    // When the cluster last answered anything (invalid before its first answer).
    QDateTime lastAnswer() const { return m_lastAnswer; }
    // The outcome of any call made while connected: only a transport error or a refused token counts
    // against the connection; any answer counts for it.
    void noteOutcome(const Error* error);
    // The wait before the next attempt after `failures` failed ones.
    static int backoffMs(int failures);

signals:
    // The cluster answered; emitted before the state becomes Connected.
    void reached(const switchyard::ClusterInfo& cluster);
    // The state is now Connected (after reached()).
    void connected();
    // Answers came again after NotResponding (the state is Connected again).
    void resumed();
    void stateChanged();

private:
    void tryConnect();
    void scheduleReconnect();
    void setState(State state, const QString& error = {}, const QString& detail = {});
    void noteAnswer();
    void onWatchdog();

    client::SwitchyardClient& m_client;
    QString m_url;
    State m_state = State::Connecting;
    QString m_lastError;
    QString m_lastErrorDetail;
    QDateTime m_lastAnswer;
    QElapsedTimer m_sinceAnswer; // monotonic: a clock change must not make a cluster "not responding"
    int m_failures = 0;
    QTimer m_reconnect;
    QTimer m_watchdog;
    SingleFlight m_connecting;
};

} // namespace switchyard::models
