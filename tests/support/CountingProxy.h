#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace switchyard::test {

// A TCP relay on loopback in front of a plain-HTTP server that notes the request line of every HTTP
// request passing through ("GET /api/v1/monitor?seconds=0"), so a test can tell exactly what a client
// asked of the real server. Bytes go through unchanged, both ways; requests are told apart by their
// headers and Content-Length (a chunked request body is not followed). Runs on the thread that made it:
// relays while that thread's event loop runs (QTRY_*, qWait).
class CountingProxy
{
public:
    explicit CountingProxy(QUrl target);
    ~CountingProxy();
    CountingProxy(const CountingProxy&) = delete;
    CountingProxy& operator=(const CountingProxy&) = delete;

    bool listen();
    QUrl url() const;
    // The request lines seen since the start or the last clear(), oldest first.
    QStringList requests() const { return m_requests; }
    // How many of them start with `prefix` ("GET /metrics").
    int count(const QString& prefix) const;
    void clear() { m_requests.clear(); }

private:
    void onConnection();
    void take(QTcpSocket* client, const QByteArray& bytes);

    QUrl m_target;
    QTcpServer m_server;
    QStringList m_requests;
    QMap<QTcpSocket*, QByteArray> m_pending; // what a client sent that is not a whole request yet
    QMap<QTcpSocket*, qint64> m_bodyLeft;    // body bytes of its current request still to pass
};

} // namespace switchyard::test
