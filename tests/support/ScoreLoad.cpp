#include "ScoreLoad.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace switchyard::test {

ScoreLoad::ScoreLoad(QUrl base, QString endpoint, QString key, int concurrency)
    : m_base(std::move(base)), m_endpoint(std::move(endpoint)), m_key(std::move(key)),
      m_concurrency(concurrency)
{}

void ScoreLoad::start(int maxRequests, int maxMs)
{
    m_maxRequests = maxRequests;
    m_maxMs = maxMs;
    m_running = true;
    m_clock.start();
    for (int i = 0; i < m_concurrency; ++i)
        sendOne();
}

void ScoreLoad::stop(int waitMs)
{
    m_running = false;
    const QDeadlineTimer deadline(waitMs);
    while (m_inFlight > 0 && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void ScoreLoad::sendOne()
{
    if (!m_running || m_sent >= m_maxRequests || m_clock.elapsed() > m_maxMs) {
        m_running = false;
        return;
    }
    QUrl url = m_base;
    url.setPath(QStringLiteral("/score/") + m_endpoint);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    request.setTransferTimeout(30000);
    auto* reply = m_manager.post(request, m_body);
    ++m_sent;
    ++m_inFlight;
    ++m_inFlightByKey[m_key];
    connect(reply, &QNetworkReply::finished, this, [this, reply, key = m_key] {
        reply->deleteLater();
        --m_inFlight;
        if (--m_inFlightByKey[key] == 0)
            m_inFlightByKey.remove(key);
        ++m_answered;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ++m_byStatus[status];
        if (status == 200)
            ++m_byVersion[QString::fromUtf8(reply->rawHeader("X-Switchyard-Version"))];
        else if (m_failures.size() < 5)
            m_failures << QStringLiteral("%1 %2 %3")
                              .arg(status)
                              .arg(reply->errorString(), QString::fromUtf8(reply->readAll().left(200)));
        sendOne();
    });
}

} // namespace switchyard::test
