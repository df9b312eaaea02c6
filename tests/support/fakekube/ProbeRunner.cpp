#include "ProbeRunner.h"

namespace fakekube {

using nlohmann::json;

ProbeRunner::ProbeRunner(const json& probe, const json& container, QString host, bool initiallyHealthy,
                         QObject* parent)
    : QObject(parent), m_host(std::move(host)), m_initiallyHealthy(initiallyHealthy),
      m_healthy(initiallyHealthy)
{
    const json get = probe.value("httpGet", json::object());
    m_path = QByteArray::fromStdString(get.value("path", std::string("/")));
    const json port = get.value("port", json());
    if (port.is_number_integer()) {
        m_port = port.get<int>();
    } else if (port.is_string()) {
        for (const auto& declared : container.value("ports", json::array())) {
            if (declared.value("name", std::string()) == port.get<std::string>())
                m_port = declared.value("containerPort", 0);
        }
        if (m_port == 0)
            m_port = QString::fromStdString(port.get<std::string>()).toInt();
    }
    m_initialDelayMs = probe.value("initialDelaySeconds", 0) * 1000;
    m_periodMs = std::max(1, probe.value("periodSeconds", 10)) * 1000;
    m_timeoutMs = std::max(1, probe.value("timeoutSeconds", 1)) * 1000;
    m_successThreshold = std::max(1, probe.value("successThreshold", 1));
    m_failureThreshold = std::max(1, probe.value("failureThreshold", 3));
    m_next.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &ProbeRunner::attempt);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finishAttempt(false); });
}

void ProbeRunner::start()
{
    m_successes = m_failures = 0;
    m_healthy = m_initiallyHealthy;
    m_next.start(m_initialDelayMs);
}

void ProbeRunner::stop()
{
    m_next.stop();
    m_deadline.stop();
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
    }
}

void ProbeRunner::attempt()
{
    m_answer.clear();
    auto* socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        socket->write("GET " + m_path + " HTTP/1.1\r\nHost: " + m_host.toUtf8() + ':' +
                      QByteArray::number(m_port) +
                      "\r\nUser-Agent: kube-probe/1.28\r\nConnection: close\r\n\r\n");
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        m_answer += socket->readAll();
        const auto end = m_answer.indexOf("\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> parts = m_answer.left(end).split(' ');
        const int status = parts.value(1).toInt();
        finishAttempt(status >= 200 && status < 400);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this] { finishAttempt(false); });
    m_deadline.start(m_timeoutMs);
    socket->connectToHost(m_host, static_cast<quint16>(m_port));
}

void ProbeRunner::finishAttempt(bool passed)
{
    if (!m_socket)
        return; // already counted (an error after the answer)
    m_deadline.stop();
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    // The next attempt is planned before telling anyone, so a receiver that stops the probe stops it.
    m_next.start(m_periodMs);
    if (passed) {
        m_failures = 0;
        if (++m_successes >= m_successThreshold && !m_healthy) {
            m_healthy = true;
            emit healthChanged(true);
        }
    } else {
        m_successes = 0;
        if (++m_failures >= m_failureThreshold && m_healthy) {
            m_healthy = false;
            emit healthChanged(false);
        }
    }
}

} // namespace fakekube
