#pragma once

#include <deque>

#include <nlohmann/json.hpp>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>

#include "ApiRoutes.h"
#include "ControlRoutes.h"
#include "DeploymentController.h"
#include "HttpConnection.h"
#include "Kubelet.h"
#include "ObjectStore.h"

namespace fakekube {

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QByteArray token;
    std::string namespaceName = "default";
    ClusterShape shape;
    PodSettings pods;
    QSslConfiguration tls;
};

// The fake kube-apiserver: HTTPS with a bearer token, the API routes, the /fake/ control routes, and
// the controllers behind them. A record of the requests it got (bounded) is there for assertions.
class FakeApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeApiServer)

public:
    static constexpr std::size_t kRecordedRequests = 2000;
    static constexpr qsizetype kRecordedBody = 16 * 1024;

    explicit FakeApiServer(ServerOptions options, QObject* parent = nullptr);
    ~FakeApiServer() override;

    bool listen();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_server.errorString(); }
    // Closes the listener and every connection (`asking` after its answer is sent, the others at once);
    // listens again on the same port after `seconds`.
    void goDown(int seconds, HttpConnection* asking = nullptr);

    ObjectStore& store() { return m_store; }
    Kubelet& kubelet() { return m_kubelet; }
    ApiRoutes& api() { return m_api; }
    nlohmann::json requests() const;

private:
    void onConnection();
    void onRequest(HttpConnection* connection, const HttpRequest& request);

    ServerOptions m_options;
    quint16 m_port = 0;
    ObjectStore m_store;
    Kubelet m_kubelet;
    DeploymentController m_controller;
    ApiRoutes m_api;
    ControlRoutes m_control;
    QSslServer m_server;
    QList<QPointer<HttpConnection>> m_connections;
    std::deque<nlohmann::json> m_requests;
};

} // namespace fakekube
