#include "ConnectivityDialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QHostInfo>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace switchyard::widgets {
namespace {
constexpr int kStepTimeoutMs = 8000;
}

ConnectivityDialog::ConnectivityDialog(models::ClusterProfile profile, QWidget* parent)
    : QDialog(parent), m_profile(std::move(profile)), m_url(m_profile.url)
{
    setObjectName(QStringLiteral("connectivityDialog"));
    setWindowTitle(tr("Connectivity check — %1").arg(m_profile.url));
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("connectivityResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Step"), tr("Result")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setWordWrap(true);
    const QString steps[StepCount] = {tr("Name resolution"), tr("TCP connect"),
                                      tr("TLS handshake and certificate"), tr("API authentication")};
    for (const auto& step : steps)
        new QTreeWidgetItem(m_results, {step, QString()});
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("connectivitySummary"));
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    connect(m_again, &QPushButton::clicked, this, &ConnectivityDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_network = new QNetworkAccessManager(this);
    m_timeout.setSingleShot(true);
    resize(780, 300);
}

int ConnectivityDialog::port() const
{
    return m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80);
}

void ConnectivityDialog::start()
{
    ++m_run;
    m_finished = false;
    m_again->setEnabled(false);
    for (int i = 0; i < StepCount; ++i) {
        m_passed[i] = false;
        m_results->topLevelItem(i)->setText(1, QString());
        m_results->topLevelItem(i)->setForeground(1, palette().text());
    }
    m_summary->setText(tr("Checking…"));
    resolve();
}

void ConnectivityDialog::report(Step step, bool ok, const QString& text)
{
    m_passed[step] = ok;
    auto* item = m_results->topLevelItem(step);
    item->setText(1, (ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text);
    item->setForeground(1, ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    item->setToolTip(1, text);
}

void ConnectivityDialog::skipFrom(Step step, const QString& reason)
{
    for (int i = step; i < StepCount; ++i)
        m_results->topLevelItem(i)->setText(1, tr("— not tried: %1").arg(reason));
    finish();
}

void ConnectivityDialog::finish()
{
    m_finished = true;
    m_again->setEnabled(true);
    bool all = true;
    for (int i = 0; i < StepCount; ++i)
        all = all && m_passed[i];
    m_summary->setText(all ? tr("The cluster is reachable and accepts the admin token.")
                           : tr("Fix the first failing step; the steps after it depend on it."));
}

QString ConnectivityDialog::resultOf(Step step) const
{
    return m_results->topLevelItem(step)->text(1);
}

bool ConnectivityDialog::passed(Step step) const
{
    return m_passed[step];
}

void ConnectivityDialog::resolve()
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

void ConnectivityDialog::connectTcp()
{
    auto* socket = new QTcpSocket(this);
    const int run = m_run;
    auto done = [this, socket, run](bool ok, const QString& text) {
        m_timeout.disconnect(this);
        m_timeout.stop();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (run != m_run)
            return;
        report(Connect, ok, text);
        if (!ok)
            return skipFrom(Tls, tr("no connection"));
        handshake();
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

void ConnectivityDialog::handshake()
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
        m_timeout.disconnect(this);
        m_timeout.stop();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (run != m_run)
            return;
        report(Tls, ok, text);
        if (!ok)
            return skipFrom(Auth, tr("no trusted TLS"));
        checkAuth();
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

void ConnectivityDialog::checkAuth()
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

} // namespace switchyard::widgets
