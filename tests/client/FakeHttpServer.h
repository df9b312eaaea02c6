#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>

// A scripted HTTP/1.1 server on loopback, for what the real server cannot be made to do on demand
// (answer 503 twice, never answer). Keep-alive; each request takes the next scripted answer.
class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200;
        QByteArray body = "{}";
        bool hold = false; // never answer
    };
    struct Seen
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    FakeHttpServer();
    ~FakeHttpServer() override;
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    void script(QList<Answer> answers) { m_script = std::move(answers); }
    // Raw bytes sent before the next answer, e.g. a "100 Continue" with headers of its own.
    void scriptInterim(QByteArray bytes) { m_interim = std::move(bytes); }
    const QList<Seen>& seen() const { return m_seen; }
    int connections() const { return m_connections; }

private:
    void onReadyRead(QTcpSocket* socket);

    QTcpServer m_server;
    QList<Answer> m_script;
    QByteArray m_interim;
    QList<Seen> m_seen;
    QMap<QTcpSocket*, QByteArray> m_buffers;
    int m_connections = 0;
};
