#pragma once

#include <functional>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace switchyard::test {

// A scripted HTTP(S) server for the API client's tests, on the test's own thread (the client under test
// runs on another): each request is recorded and answered by the test's handler, either whole or as a
// chunked stream the test then feeds, ends or cuts. Only 127.0.0.1.
class CannedApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedApiServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                    // path and query
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        bool clientCertificate = false; // the client presented one (TLS only)
        int connection = 0;             // which connection carried it, counted from 1
    };

    struct Reply
    {
        int status = 200;
        QByteArray body;
        bool stream = false;  // chunked, left open: `body` is the first chunk, the test sends the rest
        bool chunked = false; // the whole body, but chunked (no length known in advance)
    };

    using Handler = std::function<Reply(const Request&)>;

    explicit CannedApiServer(QObject* parent = nullptr);
    ~CannedApiServer() override;

    // Plain HTTP, or TLS with the PEM key and certificate; with `clientCaPath` a client certificate
    // signed by it is required. Port 0 picks a free one; the same port again after close() reopens it.
    bool listen(quint16 port = 0);
    bool listenTls(const QString& keyPath, const QString& certPath, const QString& clientCaPath = {},
                   quint16 port = 0);
    void close(); // stops listening and drops every connection
    quint16 port() const { return m_port; }
    QString url(bool tls) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const std::vector<Request>& requests() const { return m_requests; }

    // The most recent streaming reply.
    bool streaming() const { return !m_stream.isNull(); }
    void sendChunk(const QByteArray& data);
    void endStream(); // the last chunk: a clean end
    void cutStream(); // the connection dropped mid-stream

private:
    bool start(QTcpServer* server, quint16 port);
    void onConnection(QTcpSocket* socket);
    void onReadable(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Reply& reply);

    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    Handler m_handler;
    std::vector<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
    QPointer<QTcpSocket> m_stream;
    int m_connections = 0;
};

} // namespace switchyard::test
