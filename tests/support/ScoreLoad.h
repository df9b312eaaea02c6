#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace switchyard::test {

// Scoring traffic for GUI tests that must not block the event loop: `concurrency` requests in flight on
// the test's own thread, each answer sending the next, until stop() or its bounds (count and time).
// Counts the answers by status and by the version that served them, and keeps the first failures.
class ScoreLoad final : public QObject
{
    Q_OBJECT

public:
    ScoreLoad(QUrl base, QString endpoint, QString key, int concurrency = 2);

    void setKey(QString key) { m_key = std::move(key); }
    // What each request sends (by default a valid row for the demo model).
    void setBody(QByteArray body) { m_body = std::move(body); }
    void start(int maxRequests = 20000, int maxMs = 120000);
    // Stops sending and waits (in a local event loop, at most `waitMs`) for the requests in flight.
    void stop(int waitMs = 10000);

    // Requests sent with `key` and not answered yet (after setKey(), the ones still on their way with the old
    // one).
    int inFlightWith(const QString& key) const { return m_inFlightByKey.value(key); }
    int sent() const { return m_sent; }
    int answered() const { return m_answered; }
    int succeeded() const { return m_byStatus.value(200); }
    int failed() const { return m_answered - succeeded(); }
    QMap<int, int> byStatus() const { return m_byStatus; }
    QMap<QString, int> byVersion() const { return m_byVersion; }
    // The first few failures, as "status body" lines, to say why a test failed.
    QStringList failures() const { return m_failures; }

private:
    void sendOne();

    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_endpoint;
    QString m_key;
    QByteArray m_body = QByteArrayLiteral(R"({"data": [[1.0, 2.0]]})");
    int m_concurrency;
    int m_maxRequests = 0;
    int m_maxMs = 0;
    bool m_running = false;
    int m_inFlight = 0;
    QMap<QString, int> m_inFlightByKey;
    int m_sent = 0;
    int m_answered = 0;
    QElapsedTimer m_clock;
    QMap<int, int> m_byStatus;
    QMap<QString, int> m_byVersion;
    QStringList m_failures;
};

} // namespace switchyard::test
