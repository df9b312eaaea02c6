#pragma once

// Shared by the session tests: a client for a running ServerProcess, and a second server with an empty
// data dir on the same port and with the same admin token (a replaced data dir, as an operator would).
#include <algorithm>
#include <memory>
#include <string>

#include <QFile>
#include <QTemporaryDir>

#include "ClientTestSupport.h"
#include "ClusterProfile.h"
#include "ServerProcess.h"
#include "SwitchyardClient.h"

namespace switchyard::test {

inline client::ClientOptions optionsFor(const ServerProcess& server)
{
    client::ClientOptions options;
    options.baseUrl = server.url().toString().toStdString();
    options.adminToken = server.adminToken().toStdString();
    options.connectTimeout = std::chrono::milliseconds(2000);
    options.totalTimeout = std::chrono::milliseconds(10000);
    options.maxRetries = 0;
    options.retryBaseDelay = std::chrono::milliseconds(50);
    options.retryMaxDelay = std::chrono::milliseconds(300);
    return options;
}

inline models::ClusterProfile profileFor(const ServerProcess& server)
{
    return {QStringLiteral("local"), server.url().toString(), server.adminToken(), {}, false};
}

// Whether `events` (EventRecords, oldest first) hold one of `kind` about `endpoint`.
template <class Events>
bool holdsEvent(const Events& events, const std::string& kind, const std::string& endpoint)
{
    return std::any_of(events.begin(), events.end(),
                       [&](const auto& e) { return e.kind == kind && e.endpoint == endpoint; });
}

// A server on `old`'s port with a new, empty data dir that accepts `old`'s admin token. `old` must be
// stopped first (the port is free again).
class ReplacedServer
{
public:
    explicit ReplacedServer(const ServerProcess& old)
    {
        QFile token(m_tokenDir.path() + QStringLiteral("/admin-token"));
        if (token.open(QIODevice::WriteOnly))
            token.write(old.adminToken().toUtf8());
        token.close();
        token.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        m_server.setExtraArgs({QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(old.url().port()),
                               QStringLiteral("--admin-token-file"), token.fileName()});
    }
    ServerProcess& server() { return m_server; }

private:
    QTemporaryDir m_tokenDir;
    ServerProcess m_server;
};

} // namespace switchyard::test
