#include "ConnectionErrorText.h"

#include <QUrl>

namespace switchyard::models {

QString ConnectionErrorText::where(const QString& url)
{
    const QUrl parsed(url);
    if (parsed.host().isEmpty())
        return url;
    return parsed.port() > 0 ? QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port()) : parsed.host();
}

QString ConnectionErrorText::sentence(const Error& error, int httpStatus, const QString& url)
{
    const QString at = where(url);
    if (error.kind == ErrorKind::Unauthorized)
        return tr("The cluster at %1 refused the credential (%2): it is wrong, revoked or expired. Copy the "
                  "admin token again from the server's <data-dir>/admin-token, or ask an admin for a new "
                  "operator credential, and attach again.")
            .arg(at)
            .arg(httpStatus ? httpStatus : 401);
    if (error.kind != ErrorKind::Transport)
        return tr("The cluster at %1 answered %2: %3")
            .arg(at)
            .arg(httpStatus)
            .arg(QString::fromStdString(error.message));
    // The codes are client/ResponseReader's classification of libcurl's failures.
    if (error.code == "HostNotFound")
        return tr("The name %1 does not resolve: check the cluster's URL and this computer's network.")
            .arg(QUrl(url).host());
    if (error.code == "ConnectionFailed")
        return tr("The cluster at %1 does not accept connections: is switchyard-server running?").arg(at);
    if (error.code == "Timeout")
        return tr("The cluster at %1 did not answer in time: it may be stopped, overloaded or behind a "
                  "firewall.")
            .arg(at);
    if (error.code == "TlsError")
        return tr("The cluster at %1 is not trusted over TLS: give its CA file in the cluster's settings, or "
                  "check that the URL's scheme (http or https) is the server's.")
            .arg(at);
    if (error.code == "InvalidServerUrl")
        return tr("'%1' is not a cluster URL the console can use: it starts with http:// or https://.")
            .arg(url);
    return tr("The cluster at %1 could not be reached.").arg(at);
}

QString ConnectionErrorText::notResponding(const QString& url, int seconds)
{
    return tr("The cluster at %1 has not answered for %n s: it may be stopped or overloaded.", nullptr,
              seconds)
        .arg(where(url));
}

} // namespace switchyard::models
