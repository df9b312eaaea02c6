#include "SessionConnection.h"

#include <algorithm>

#include "ConnectionErrorText.h"
#include "ResultDelivery.h"

namespace switchyard::models {
namespace {
constexpr int kWatchdogMs = 500;
}

SessionConnection::SessionConnection(client::SwitchyardClient& client, QString url, QObject* parent)
    : QObject(parent), m_client(client), m_url(std::move(url))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SessionConnection::tryConnect);
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &SessionConnection::onWatchdog);
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
    case State::NotResponding:
        return tr("not responding");
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

void SessionConnection::setState(State state, const QString& error, const QString& detail)
{
    if (!error.isEmpty()) {
        m_lastError = error;
        m_lastErrorDetail = detail;
    }
    if (state == State::Connected) {
        m_lastError.clear();
        m_lastErrorDetail.clear();
    }
    if (state == State::Connected)
        m_watchdog.start();
    else
        m_watchdog.stop();
    if (state == m_state && error.isEmpty())
        return;
    m_state = state;
    emit stateChanged();
}

void SessionConnection::noteAnswer()
{
    m_lastAnswer = QDateTime::currentDateTime();
    m_sinceAnswer.start();
}

void SessionConnection::onWatchdog()
{
    if (m_state != State::Connected || !m_sinceAnswer.isValid() || m_sinceAnswer.elapsed() < kNotRespondingMs)
        return;
    const int seconds = static_cast<int>(m_sinceAnswer.elapsed() / 1000);
    setState(
        State::NotResponding, ConnectionErrorText::notResponding(m_url, seconds),
        tr("No answer to any call since %1.").arg(m_lastAnswer.time().toString(QStringLiteral("HH:mm:ss"))));
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
                noteAnswer();
                emit reached(result.value());
                setState(State::Connected);
                emit connected();
                return;
            }
            if (result.error().kind != ErrorKind::Transport)
                noteAnswer();
            setState(State::Unreachable,
                     ConnectionErrorText::sentence(result.error(), result.httpStatus(), m_url),
                     QString::fromStdString(client::describe(result)));
            scheduleReconnect();
        }));
}

void SessionConnection::noteOutcome(const Error* error)
{
    if (!isConnected())
        return; // tryConnect reports its own failures, and an old call's answer says nothing now
    const bool answered = !error || error->kind != ErrorKind::Transport;
    if (answered) {
        noteAnswer();
        if (m_state == State::NotResponding && (!error || error->kind != ErrorKind::Unauthorized)) {
            setState(State::Connected);
            emit resumed();
        }
    }
    // Only a lost connection or a refused token says something against the cluster; a 400 or 409 does not.
    if (!error || (error->kind != ErrorKind::Transport && error->kind != ErrorKind::Unauthorized))
        return;
    const int status = error->kind == ErrorKind::Unauthorized ? 401 : 0;
    setState(State::Reconnecting, ConnectionErrorText::sentence(*error, status, m_url),
             QString::fromStdString(client::describe(*error, status)));
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
