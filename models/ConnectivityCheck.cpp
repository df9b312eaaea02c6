#include "ConnectivityCheck.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace switchyard::models {
namespace {
constexpr int kStepTimeoutMs = 8000;
}

ConnectivityCheck::ConnectivityCheck(ClusterProfile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_url(m_profile.url)
{
    m_network = new QNetworkAccessManager(this);
    m_timeout.setSingleShot(true);
}

int ConnectivityCheck::port() const
{
    return m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80);
}

void ConnectivityCheck::start()
{
    ++m_run;
    resolve();
}

void ConnectivityCheck::skipFrom(Step step, const QString& reason)
{
    emit stepsSkipped(step, reason);
    finish();
}

void ConnectivityCheck::resolve()
{
    if (!m_url.isValid() || m_url.host().isEmpty()) {
        report(Resolve, false, tr("'%1' is not a URL with a host.").arg(m_profile.url));
        return skipFrom(Connect, tr("no address"));
    }
    const int run = m_run;
    QHostInfo::lookupHost(m_url.host(), this, [this, run](const QHostInfo& info) {
        if (run != m_run)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            report(Resolve, false, tr("%1 does not resolve: %2").arg(m_url.host(), info.errorString()));
            return skipFrom(Connect, tr("no address"));
        }
        m_address = info.addresses().constFirst();
        QStringList addresses;
        for (const auto& a : info.addresses())
            addresses << a.toString();
        report(Resolve, true, tr("%1 → %2").arg(m_url.host(), addresses.join(QStringLiteral(", "))));
        connectTcp();
    });
}

void ConnectivityCheck::endSocketStep(QAbstractSocket* socket, int run, Step step, bool ok,
                                      const QString& text, const QString& skipReason,
                                      void (ConnectivityCheck::*next)())
{
    m_timeout.disconnect(this);
    m_timeout.stop();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    if (run != m_run)
        return; // a newer run started meanwhile: this answer is stale
    report(step, ok, text);
    if (!ok)
        return skipFrom(static_cast<Step>(step + 1), skipReason);
    (this->*next)();
}

void ConnectivityCheck::connectTcp()
{
    auto* socket = new QTcpSocket(this);
    const int run = m_run;
    auto done = [this, socket, run](bool ok, const QString& text) {
        endSocketStep(socket, run, Connect, ok, text, tr("no connection"), &ConnectivityCheck::handshake);
    };
    connect(socket, &QTcpSocket::connected, this, [this, done] {
        done(true, tr("connected to %1 port %2").arg(m_address.toString()).arg(port()));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [socket, done] { done(false, socket->errorString()); });
    connect(&m_timeout, &QTimer::timeout, this,
            [done] { done(false, tr("no answer within %1 s (a firewall?)").arg(kStepTimeoutMs / 1000)); });
    m_timeout.start(kStepTimeoutMs);
    socket->connectToHost(m_address, static_cast<quint16>(port()));
}

void ConnectivityCheck::handshake()
{
    if (m_url.scheme() != QLatin1String("https")) {
        report(Tls, true, tr("not used: plain HTTP (tokens travel unencrypted; use https:// off this host)"));
        return checkAuth();
    }
    auto* socket = new QSslSocket(this);
    if (!m_profile.caFile.isEmpty()) {
        auto config = socket->sslConfiguration();
        config.addCaCertificates(QSslCertificate::fromPath(m_profile.caFile));
        socket->setSslConfiguration(config);
    }
    const int run = m_run;
    auto done = [this, socket, run](bool ok, const QString& text) {
        endSocketStep(socket, run, Tls, ok, text, tr("no trusted TLS"), &ConnectivityCheck::checkAuth);
    };
    connect(socket, &QSslSocket::encrypted, this, [socket, done] {
        const auto cert = socket->peerCertificate();
        done(true, tr("%1, certificate for %2 issued by %3, valid until %4")
                       .arg(socket->sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLS 1.3")
                                                                       : QStringLiteral("TLS"),
                            cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                            cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                            cert.expiryDate().toString(Qt::ISODate)));
    });
    connect(socket, &QSslSocket::sslErrors, this, [done](const QList<QSslError>& errors) {
        QStringList text;
        for (const auto& e : errors)
            text << e.errorString();
        done(false, text.join(QStringLiteral("; ")) + tr(" — give the cluster's CA file when attaching."));
    });
    connect(socket, &QSslSocket::errorOccurred, this, [socket, done] { done(false, socket->errorString()); });
    connect(&m_timeout, &QTimer::timeout, this, [done] { done(false, tr("no TLS answer in time")); });
    m_timeout.start(kStepTimeoutMs);
    socket->connectToHostEncrypted(m_url.host(), static_cast<quint16>(port()));
}

void ConnectivityCheck::checkAuth()
{
    QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/api/v1/cluster"))));
    request.setRawHeader("Authorization", "Bearer " + m_profile.adminToken.toUtf8());
    request.setTransferTimeout(kStepTimeoutMs);
    if (!m_profile.caFile.isEmpty()) {
        auto config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(QSslCertificate::fromPath(m_profile.caFile));
        request.setSslConfiguration(config);
    }
    auto* reply = m_network->get(request);
    const int run = m_run;
    connect(reply, &QNetworkReply::finished, this, [this, reply, run] {
        reply->deleteLater();
        if (run != m_run)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            report(Auth, true, tr("the admin token is accepted (200)"));
        else if (status == 401)
            report(Auth, false,
                   tr("the admin token is refused (401): copy it again from <data-dir>/admin-token"));
        else if (status != 0)
            report(Auth, false, tr("unexpected answer %1 — is this a Switchyard server?").arg(status));
        else
            report(Auth, false, reply->errorString());
        finish();
    });
}

} // namespace switchyard::models
