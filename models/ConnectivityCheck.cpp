#include "ConnectivityCheck.h"

#include "ProfileOptions.h"
#include "SwitchyardClient.h"

namespace switchyard::models {

ConnectivityCheck::ConnectivityCheck(ClusterProfile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile))
{}

// Destroying the client cancels what is in flight without calling back.
ConnectivityCheck::~ConnectivityCheck() = default;

void ConnectivityCheck::start()
{
    const int run = ++m_run;
    // A fresh client per run: no connection kept from an earlier run can hide a failure now.
    auto options = clientOptionsFor(m_profile);
    options.connectTimeout = std::chrono::milliseconds(kStepTimeoutMs);
    options.totalTimeout = std::chrono::milliseconds(kStepTimeoutMs);
    options.maxRetries = 0;
    m_client = std::make_unique<client::SwitchyardClient>(std::move(options));
    m_client->probeConnection([this, run](const client::ApiResult<client::ConnectionReport>& result) {
        // On the client's thread: hand the answer to this object's thread.
        const auto report = result.value();
        QMetaObject::invokeMethod(
            this, [this, run, report] { onConnection(run, report); }, Qt::QueuedConnection);
    });
}

void ConnectivityCheck::skipFrom(Step step, const QString& reason)
{
    emit stepsSkipped(step, reason);
    emit finished();
}

void ConnectivityCheck::onConnection(int run, const client::ConnectionReport& r)
{
    if (run != m_run)
        return; // a newer run started meanwhile: this answer is stale
    using Stage = client::ConnectionReport::Stage;
    const QString host = QString::fromStdString(r.host);
    const QString address = QString::fromStdString(r.address);
    const QString error = QString::fromStdString(r.error);
    if (r.failedAt == Stage::Resolve) {
        report(Resolve, false,
               host.isEmpty() ? tr("'%1' is not a URL with a host.").arg(m_profile.url)
                              : tr("%1 does not resolve: %2").arg(host, error));
        return skipFrom(Connect, tr("no address"));
    }
    report(Resolve, true, tr("%1 → %2").arg(host, address));
    if (r.failedAt == Stage::Connect) {
        report(Connect, false,
               r.timedOut ? tr("no answer within %1 s (a firewall?)").arg(kStepTimeoutMs / 1000) : error);
        return skipFrom(Tls, tr("no connection"));
    }
    report(Connect, true, tr("connected to %1 port %2").arg(address).arg(r.port));
    if (!r.tls) {
        report(Tls, true, tr("not used: plain HTTP (tokens travel unencrypted; use https:// off this host)"));
    } else if (r.failedAt == Stage::Tls) {
        report(Tls, false, error + tr(" — give the cluster's CA file when attaching."));
        return skipFrom(Auth, tr("no trusted TLS"));
    } else {
        const QString certificate =
            tr("certificate for %1 issued by %2, valid until %3")
                .arg(QString::fromStdString(r.certSubject), QString::fromStdString(r.certIssuer),
                     QString::fromStdString(r.certExpiry));
        // The profile's own choice, said out loud: with it, any certificate passes this step.
        report(Tls, true,
               m_profile.insecure
                   ? tr("not verified (this cluster is attached with verification off): %1").arg(certificate)
                   : certificate);
    }
    m_client->getCluster([this, run](const client::ApiResult<ClusterInfo>& result) {
        const int status = result.httpStatus();
        const QString error = result.ok() ? QString() : QString::fromStdString(result.error().message);
        QMetaObject::invokeMethod(
            this, [this, run, status, error] { onAuth(run, status, error); }, Qt::QueuedConnection);
    });
}

void ConnectivityCheck::onAuth(int run, int status, const QString& error)
{
    if (run != m_run)
        return;
    if (status == 200 && error.isEmpty())
        report(Auth, true, tr("the admin token is accepted (200)"));
    else if (status == 401)
        report(Auth, false,
               tr("the admin token is refused (401): copy it again from <data-dir>/admin-token"));
    else if (status != 0)
        report(Auth, false, tr("unexpected answer %1 — is this a Switchyard server?").arg(status));
    else
        report(Auth, false, error);
    emit finished();
}

} // namespace switchyard::models
