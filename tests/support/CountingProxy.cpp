#include "CountingProxy.h"

#include <QTcpSocket>

namespace switchyard::test {

CountingProxy::CountingProxy(QUrl target) : m_target(std::move(target))
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { onConnection(); });
}

CountingProxy::~CountingProxy()
{
    m_server.close();
    // The sockets (the server's children, the upstream ones theirs) go without telling this object.
    for (auto* socket : m_server.findChildren<QTcpSocket*>())
        QObject::disconnect(socket, nullptr, nullptr, nullptr);
    qDeleteAll(m_server.findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly));
}

bool CountingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CountingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

int CountingProxy::count(const QString& prefix) const
{
    int n = 0;
    for (const auto& line : m_requests)
        n += line.startsWith(prefix) ? 1 : 0;
    return n;
}

void CountingProxy::onConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        // The upstream socket is the client's child: both go when the client does.
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(m_target.host(), quint16(m_target.port()));
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream] {
            const QByteArray bytes = client->readAll();
            take(client, bytes);
            upstream->write(bytes); // buffered until the upstream connection is up
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client,
                         [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                         [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [this, client, upstream] {
            upstream->disconnectFromHost();
            m_pending.remove(client);
            m_bodyLeft.remove(client);
            client->deleteLater();
        });
    }
}

void CountingProxy::take(QTcpSocket* client, const QByteArray& bytes)
{
    QByteArray& pending = m_pending[client];
    pending += bytes;
    qint64& bodyLeft = m_bodyLeft[client];
    for (;;) {
        if (bodyLeft > 0) {
            const qint64 skip = std::min<qint64>(bodyLeft, pending.size());
            pending.remove(0, skip);
            bodyLeft -= skip;
            if (bodyLeft > 0)
                return;
        }
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = pending.left(end).split('\n');
        const QByteArray requestLine = lines.value(0).trimmed();
        // "GET /path HTTP/1.1" is noted without its protocol.
        m_requests << QString::fromLatin1(requestLine.left(requestLine.lastIndexOf(' ')));
        for (const auto& line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                bodyLeft = line.mid(colon + 1).trimmed().toLongLong();
        }
        pending.remove(0, end + 4);
    }
}

} // namespace switchyard::test
