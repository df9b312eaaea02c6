#include "FakeApiServer.h"

#include <QTimer>

namespace fakekube {

using nlohmann::json;

FakeApiServer::FakeApiServer(ServerOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_port(m_options.port),
      m_kubelet(m_store, m_options.pods, m_options.shape.nodes), m_controller(m_store, m_kubelet),
      m_api(m_store, m_kubelet, m_controller, m_options.shape), m_control(*this, m_options.namespaceName)
{
    m_server.setSslConfiguration(m_options.tls);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &FakeApiServer::onConnection);
}

FakeApiServer::~FakeApiServer()
{
    m_server.close();
    for (auto& connection : m_connections) {
        if (connection)
            connection->abort();
    }
}

bool FakeApiServer::listen()
{
    if (!m_server.listen(m_options.address, m_port))
        return false;
    m_port = m_server.serverPort();
    m_kubelet.setPodNetwork(m_port);
    return true;
}

void FakeApiServer::goDown(int seconds, HttpConnection* asking)
{
    m_server.close();
    m_api.cutWatches();
    for (auto& connection : m_connections) {
        if (connection && connection == asking)
            connection->close();
        else if (connection)
            connection->abort();
    }
    m_connections.clear();
    QTimer::singleShot(seconds * 1000, this, [this] {
        if (!listen())
            qWarning("fake-kube-apiserver: cannot listen again on port %d: %s", m_port,
                     qPrintable(m_server.errorString()));
    });
}

void FakeApiServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        auto* connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this, &FakeApiServer::onRequest);
        m_connections.removeAll(nullptr);
        m_connections.append(connection);
    }
}

json FakeApiServer::requests() const
{
    json out = json::array();
    for (const auto& request : m_requests)
        out.push_back(request);
    return out;
}

void FakeApiServer::onRequest(HttpConnection* connection, const HttpRequest& request)
{
    const bool control = request.path.startsWith(QLatin1String("/fake/"));
    if (!control) {
        m_requests.push_back({{"method", request.method.toStdString()},
                              {"path", request.target.toStdString()},
                              {"body", request.body.left(kRecordedBody).toStdString()}});
        if (m_requests.size() > kRecordedRequests)
            m_requests.pop_front();
    }
    if (request.header("authorization") != "Bearer " + m_options.token) {
        const Reply reply = Reply::error(KubeStatus::unauthorized());
        connection->respond(reply.status, reply.contentType, reply.body);
        return;
    }
    const std::optional<Reply> reply =
        control ? m_control.handle(connection, request) : m_api.handle(connection, request);
    if (reply)
        connection->respond(reply->status, reply->contentType, reply->body);
}

} // namespace fakekube
