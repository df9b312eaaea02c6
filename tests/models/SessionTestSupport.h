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

// A started server with the "churn" model registered, an asynchronous client and a blocking one for it.
class ChurnServer
{
public:
    // False, with errorString(), when the server did not start or refused the model.
    bool start()
    {
        if (!m_server.start()) {
            m_error = m_server.errorString();
            return false;
        }
        m_client = std::make_unique<client::SwitchyardClient>(optionsFor(m_server));
        m_api = std::make_unique<client::SyncClient>(*m_client);
        if (!m_api->registerModel("churn", linearModel()).ok()) {
            m_error = QStringLiteral("the server refused the churn model");
            return false;
        }
        return true;
    }
    QString errorString() const { return m_error; }
    ServerProcess& server() { return m_server; }
    client::SwitchyardClient& client() { return *m_client; }
    client::SyncClient& api() { return *m_api; }

private:
    ServerProcess m_server;
    std::unique_ptr<client::SwitchyardClient> m_client;
    std::unique_ptr<client::SyncClient> m_api;
    QString m_error;
};

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
