#include "SessionConnection.h"

#include <algorithm>

#include "ResultDelivery.h"

namespace switchyard::models {

SessionConnection::SessionConnection(client::SwitchyardClient& client, QObject* parent)
    : QObject(parent), m_client(client)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SessionConnection::tryConnect);
}

QString SessionConnection::stateText() const
{
    switch (m_state) {
    case State::Connecting:
        return tr("connecting");
    case State::Connected:
        return tr("connected");
    case State::Reconnecting:
        return tr("reconnecting");
    case State::Unreachable:
        return tr("unreachable");
    }
    return {};
}

int SessionConnection::backoffMs(int failures)
{
    return std::min(kMaxBackoffMs, 500 * (1 << std::clamp(failures, 0, 5)));
}

void SessionConnection::start()
{
    setState(State::Connecting);
    tryConnect();
}

void SessionConnection::setState(State state, const QString& error)
{
    if (!error.isEmpty())
        m_lastError = error;
    if (state == State::Connected)
        m_lastError.clear();
    if (state == m_state && error.isEmpty())
        return;
    m_state = state;
    emit stateChanged();
}

void SessionConnection::tryConnect()
{
    if (!m_connecting.tryStart())
        return;
    // Not observed: while not connected, this attempt reports its own failure.
    m_client.getCluster(
        deliverQueued<ClusterInfo>(this, this, {}, [this](const client::ApiResult<ClusterInfo>& result) {
            m_connecting.finish();
            if (result) {
                m_failures = 0;
                m_reconnect.stop();
                emit reached(result.value());
                setState(State::Connected);
                emit connected();
                return;
            }
            setState(State::Unreachable, QString::fromStdString(client::describe(result)));
            scheduleReconnect();
        }));
}

void SessionConnection::noteOutcome(const Error* error)
{
    // Only a lost connection or a refused token says something about the cluster; a 400 or 409 does not.
    if (!error || (error->kind != ErrorKind::Transport && error->kind != ErrorKind::Unauthorized))
        return;
    if (m_state != State::Connected)
        return; // tryConnect reports its own failures
    const QString message =
        error->kind == ErrorKind::Unauthorized
            ? tr("The cluster refused the admin token: %1").arg(QString::fromStdString(error->message))
            : QString::fromStdString(error->message);
    setState(State::Reconnecting, message);
    scheduleReconnect();
}

void SessionConnection::scheduleReconnect()
{
    if (m_reconnect.isActive())
        return;
    m_reconnect.start(backoffMs(m_failures));
    ++m_failures;
}

} // namespace switchyard::models
