#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QUrlQuery>

namespace fakekube {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QString path;      // decoded path
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

// One keep-alive HTTP/1.1 connection over TLS: parses requests one at a time (a body needs
// Content-Length; libcurl's `Expect: 100-continue` is answered) and writes either a whole response or a
// chunked stream (watches). Bounded: headers 64 KiB, bodies 8 MiB, and a stream whose reader stops
// reading is dropped once 8 MiB wait unsent, as the API server drops slow watchers.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    explicit HttpConnection(QSslSocket* socket, QObject* parent = nullptr);

    void respond(int status, const QByteArray& contentType, const QByteArray& body);
    void beginStream(int status, const QByteArray& contentType);
    void writeChunk(const QByteArray& data);
    void endStream();
    bool isStreaming() const { return m_streaming; }
    // Drops the connection without a proper end (a cut, the API server going down).
    void abort();
    // Closes after what was written has been sent.
    void close();

signals:
    void requestReceived(fakekube::HttpConnection* connection, const fakekube::HttpRequest& request);
    void closed();

private:
    void onReadyRead();
    void parse();
    void fail(int status, const QByteArray& message);
    void finish();

    QPointer<QSslSocket> m_socket;
    QByteArray m_buffer;
    bool m_busy = false; // a request is being answered (or streamed); later bytes wait
    bool m_streaming = false;
    bool m_continueSent = false;
    bool m_closeAfter = false;
    bool m_finished = false;
};

QByteArray reasonPhrase(int status);

} // namespace fakekube
