#include "HttpConnection.h"

#include <QUrl>

namespace fakekube {
namespace {

constexpr qsizetype kMaxHeader = 64 * 1024;
constexpr qsizetype kMaxBody = 8 * 1024 * 1024;
constexpr qint64 kMaxUnsent = 8 * 1024 * 1024;

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

HttpConnection::HttpConnection(QSslSocket* socket, QObject* parent) : QObject(parent), m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &HttpConnection::finish);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    parse();
}

void HttpConnection::parse()
{
    if (m_busy || !m_socket)
        return;
    const auto headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeader)
            fail(431, "request header too large");
        return;
    }
    HttpRequest request;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
        fail(400, "malformed request line");
        return;
    }
    request.method = first[0];
    request.target = first[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        fail(400, "chunked request bodies are not supported by the fake");
        return;
    }
    bool ok = true;
    const QByteArray lengthText = request.header("content-length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBody) {
        fail(413, "bad or too large Content-Length");
        return;
    }
    if (m_buffer.size() < headerEnd + 4 + length) {
        if (!m_continueSent && request.header("expect").toLower() == "100-continue") {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    request.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    m_continueSent = false;
    const QUrl url(QString::fromUtf8("http://fake" + request.target));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    m_closeAfter = request.header("connection").toLower() == "close";
    m_busy = true;
    emit requestReceived(this, request);
}

void HttpConnection::respond(int status, const QByteArray& contentType, const QByteArray& body)
{
    if (!m_socket)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-cache, private\r\n";
    if (m_closeAfter)
        head += "Connection: close\r\n";
    m_socket->write(head + "\r\n" + body);
    m_busy = false;
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::parse, Qt::QueuedConnection);
}

void HttpConnection::beginStream(int status, const QByteArray& contentType)
{
    if (!m_socket)
        return;
    m_streaming = true;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Transfer-Encoding: chunked\r\n";
    head += "Cache-Control: no-cache, private\r\n\r\n";
    m_socket->write(head);
}

void HttpConnection::writeChunk(const QByteArray& data)
{
    if (!m_socket || !m_streaming || data.isEmpty())
        return;
    if (m_socket->bytesToWrite() > kMaxUnsent) {
        abort();
        return;
    }
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream()
{
    if (!m_socket || !m_streaming)
        return;
    m_streaming = false;
    m_socket->write("0\r\n\r\n");
    m_busy = false;
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::parse, Qt::QueuedConnection);
}

void HttpConnection::abort()
{
    m_streaming = false;
    if (m_socket)
        m_socket->abort();
    // abort() emits disconnected only from a connected state; make sure watchers let go either way.
    finish();
}

void HttpConnection::close()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_streaming = false;
    emit closed();
    deleteLater();
}

void HttpConnection::fail(int status, const QByteArray& message)
{
    m_closeAfter = true;
    m_busy = true;
    respond(status, "text/plain", message + "\n");
}

} // namespace fakekube
