#include "CannedApiServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace switchyard::test {
namespace {

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace

CannedApiServer::CannedApiServer(QObject* parent) : QObject(parent)
{
    m_handler = [](const Request&) { return Reply{404, R"({"kind":"Status","code":404})"}; };
}

CannedApiServer::~CannedApiServer()
{
    close();
}

bool CannedApiServer::listen(quint16 port)
{
    return start(new QTcpServer(this), port);
}

bool CannedApiServer::listenTls(const QString& keyPath, const QString& certPath, const QString& clientCaPath,
                                quint16 port)
{
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    const auto certificates = QSslCertificate::fromPath(certPath);
    if (certificates.isEmpty())
        return false;
    configuration.setLocalCertificate(certificates.first());
    if (!clientCaPath.isEmpty()) {
        configuration.setCaCertificates(QSslCertificate::fromPath(clientCaPath));
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    auto* server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    return start(server, port);
}

bool CannedApiServer::start(QTcpServer* server, quint16 port)
{
    close();
    m_server = server;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server && m_server->hasPendingConnections())
            onConnection(m_server->nextPendingConnection());
    });
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void CannedApiServer::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    for (const auto& socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
    m_sockets.clear();
}

QString CannedApiServer::url(bool tls) const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(tls ? "https" : "http").arg(m_port);
}

void CannedApiServer::onConnection(QTcpSocket* socket)
{
    socket->setParent(this);
    socket->setProperty("connection", ++m_connections);
    m_sockets.append(socket);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        onReadable(socket);
}

void CannedApiServer::onReadable(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        if (start.size() < 2) {
            socket->abort();
            return;
        }
        request.method = start[0];
        request.target = start[1];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            break;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        if (auto* tls = qobject_cast<QSslSocket*>(socket))
            request.clientCertificate = !tls->peerCertificate().isNull();
        request.connection = socket->property("connection").toInt();
        m_requests.push_back(request);
        answer(socket, m_handler(request));
    }
    socket->setProperty("buffer", buffer);
}

void CannedApiServer::answer(QTcpSocket* socket, const Reply& reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " " + reasonPhrase(reply.status) +
                      "\r\nContent-Type: application/json\r\n";
    if (reply.stream || reply.chunked) {
        head += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(head + (reply.body.isEmpty() ? QByteArray() : chunk(reply.body)));
        if (reply.stream)
            m_stream = socket;
        else
            socket->write("0\r\n\r\n");
        return;
    }
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    socket->write(head + reply.body);
}

void CannedApiServer::sendChunk(const QByteArray& data)
{
    if (m_stream)
        m_stream->write(chunk(data));
}

void CannedApiServer::endStream()
{
    if (m_stream)
        m_stream->write("0\r\n\r\n");
    m_stream.clear();
}

void CannedApiServer::cutStream()
{
    if (m_stream)
        m_stream->abort();
    m_stream.clear();
}

} // namespace switchyard::test
