#include "ControlRoutes.h"

#include "FakeApiServer.h"

namespace fakekube {

using nlohmann::json;

ControlRoutes::ControlRoutes(FakeApiServer& server, std::string defaultNamespace)
    : m_server(server), m_namespace(std::move(defaultNamespace))
{}

Reply ControlRoutes::handle(HttpConnection* connection, const HttpRequest& request)
{
    const QString path = request.path;
    const auto param = [&request](const char* name) {
        return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const std::string ns = param("namespace").isEmpty() ? m_namespace : param("namespace").toStdString();
    const bool post = request.method == "POST";
    static const json ok{{"ok", true}};
    if (post && path == QLatin1String("/fake/watches/cut")) {
        m_server.api().cutWatches();
        return Reply::json(200, ok);
    }
    if (post && path == QLatin1String("/fake/compact")) {
        m_server.store().compact();
        return Reply::json(
            200, {{"ok", true}, {"resourceVersion", std::to_string(m_server.store().currentVersion())}});
    }
    if (post && path == QLatin1String("/fake/conflicts")) {
        m_server.api().forceConflicts(std::max(0, param("count").toInt()));
        return Reply::json(200, ok);
    }
    if (post && path == QLatin1String("/fake/down")) {
        const int seconds = std::clamp(param("seconds").toInt(), 0, 600);
        // After this answer is written: the listener and every connection close, then reopen.
        QMetaObject::invokeMethod(
            &m_server,
            [this, seconds, asking = QPointer<HttpConnection>(connection)] {
                m_server.goDown(seconds, asking);
            },
            Qt::QueuedConnection);
        return Reply::json(200, ok);
    }
    if (path == QLatin1String("/fake/forbid")) {
        if (request.method == "DELETE") {
            m_server.api().allowAll();
            return Reply::json(200, ok);
        }
        if (post && !param("verb").isEmpty() && !param("resource").isEmpty()) {
            m_server.api().forbid(param("verb").toStdString(), param("resource").toStdString());
            return Reply::json(200, ok);
        }
    }
    if (post && path == QLatin1String("/fake/unpullable") && !param("image").isEmpty()) {
        m_server.kubelet().addUnpullable(param("image").toStdString());
        return Reply::json(200, ok);
    }
    if (post && path.startsWith(QLatin1String("/fake/pods/")) && path.endsWith(QLatin1String("/kill"))) {
        const QString name = path.mid(11, path.size() - 11 - 5);
        if (!m_server.kubelet().killPod(ns, name.toStdString()))
            return Reply::error(KubeStatus::notFound({"pods", ""}, name.toStdString()));
        return Reply::json(200, ok);
    }
    if (post && path == QLatin1String("/fake/quota")) {
        const json body = json::parse(request.body.toStdString(), nullptr, false);
        // {"hard": {...}}, a ResourceQuota ({"spec": {"hard": {...}}}), or the hard map itself.
        json hard = body;
        if (body.is_object() && body.contains("hard"))
            hard = body["hard"];
        else if (body.is_object() && body.contains("spec"))
            hard = body["spec"].value("hard", json());
        if (!hard.is_object())
            return Reply::error(
                KubeStatus::badRequest("expected {\"hard\": {\"requests.cpu\": \"4\", ...}}"));
        m_server.api().setQuota(ns, hard);
        return Reply::json(200, ok);
    }
    if (request.method == "GET" && path == QLatin1String("/fake/requests"))
        return Reply::json(200, m_server.requests());
    return Reply::error(KubeStatus::failure(404, "NotFound", "no such control route: " + path.toStdString()));
}

} // namespace fakekube
