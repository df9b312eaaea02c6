#include "FakeHttpServer.h"

#include <utility>

#include <QTcpSocket>

FakeHttpServer::FakeHttpServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    // The sockets (children of m_server) outlive m_buffers during member destruction: cut them loose first.
    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>())
        socket->disconnect(this);
}

void FakeHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Seen seen;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        seen.method = first.value(0);
        seen.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                seen.headers[lines[i].left(colon).trimmed().toLower()] = lines[i].mid(colon + 1).trimmed();
        }
        const int length = seen.headers.value("content-length", "0").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        seen.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_seen.append(seen);
        const Answer answer = m_script.isEmpty() ? Answer{} : m_script.takeFirst();
        if (answer.hold)
            continue;
        QByteArray response =
            std::exchange(m_interim, {}) + "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
        response +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
            "\r\nX-Switchyard-Version: fake\r\nX-Request-Id: r-1\r\n\r\n" + answer.body;
        socket->write(response);
    }
}
