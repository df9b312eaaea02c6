#include "HttpClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

namespace switchyard::test {

std::string HttpReply::errorCode() const
{
    const auto j = json();
    if (j.is_object() && j.contains("error") && j["error"].is_object() && j["error"].contains("code") &&
        j["error"]["code"].is_string())
        return j["error"]["code"].get<std::string>();
    return {};
}

std::string HttpReply::errorTarget() const
{
    const auto j = json();
    if (j.is_object() && j.contains("error") && j["error"].is_object() && j["error"].contains("target") &&
        j["error"]["target"].is_string())
        return j["error"]["target"].get<std::string>();
    return {};
}

HttpClient::HttpClient(QUrl base, QString bearer) : m_base(std::move(base)), m_bearer(std::move(bearer)) {}

HttpReply HttpClient::request(const QByteArray& method, const QString& path, const QByteArray& body,
                              const QByteArray& contentType, const QMap<QByteArray, QByteArray>& headers)
{
    QUrl url = m_base;
    const auto q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q), QUrl::StrictMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (!m_ca.isEmpty()) {
        auto ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QStringLiteral("timeout");
    } else {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs())
            out.headers[pair.first.toLower()] = pair.second;
        if (out.status == 0)
            out.error = reply->errorString();
    }
    reply->deleteLater();
    return out;
}

QByteArray HttpClient::raw(const QUrl& base, const QByteArray& bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    socket.waitForBytesWritten(timeoutMs);
    QByteArray out;
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(200))
            out += socket.readAll();
    }
    out += socket.readAll();
    return out;
}

} // namespace switchyard::test
