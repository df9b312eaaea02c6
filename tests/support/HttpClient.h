#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace switchyard::test {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection refused, TLS failure, timeout)
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QString error;

    nlohmann::json json() const { return nlohmann::json::parse(body.toStdString(), nullptr, false); }
    // The contract's error code, or an empty string.
    std::string errorCode() const;
    std::string errorTarget() const;
};

// A small synchronous HTTP client for tests: one request at a time, waited for in a local event loop
// with a timeout. Sends the admin token unless told otherwise.
class HttpClient
{
public:
    explicit HttpClient(QUrl base = {}, QString bearer = {});

    void setBase(QUrl base) { m_base = std::move(base); }
    void setBearer(QString bearer) { m_bearer = std::move(bearer); }
    void setCaCertificates(QList<QSslCertificate> certificates) { m_ca = std::move(certificates); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    HttpReply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const QByteArray& contentType = {}, const QMap<QByteArray, QByteArray>& headers = {});
    HttpReply get(const QString& path) { return request("GET", path); }
    HttpReply del(const QString& path) { return request("DELETE", path); }
    HttpReply post(const QString& path, const nlohmann::json& body) { return send("POST", path, body); }
    HttpReply put(const QString& path, const nlohmann::json& body) { return send("PUT", path, body); }
    HttpReply patch(const QString& path, const nlohmann::json& body) { return send("PATCH", path, body); }
    HttpReply send(const QByteArray& method, const QString& path, const nlohmann::json& body)
    {
        return request(method, path, QByteArray::fromStdString(body.dump()), "application/json");
    }

    // Writes raw bytes on a fresh TCP connection and answers everything read until the server closes
    // it or `timeoutMs` passes (for malformed and pipelined requests).
    static QByteArray raw(const QUrl& base, const QByteArray& bytes, int timeoutMs = 5000);

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_bearer;
    QList<QSslCertificate> m_ca;
    int m_timeoutMs = 40000;
};

} // namespace switchyard::test
