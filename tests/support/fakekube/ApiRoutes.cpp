#include "ApiRoutes.h"

#include "LabelSelector.h"
#include "Quantity.h"

namespace fakekube {

using nlohmann::json;

namespace {

ResourceName resourceName(const std::string& resource)
{
    return {resource, resource == "deployments" ? "apps" : ""};
}

std::string kindOf(const std::string& resource)
{
    if (resource == "deployments")
        return "Deployment";
    if (resource == "pods")
        return "Pod";
    if (resource == "secrets")
        return "Secret";
    return "ResourceQuota";
}

std::string apiVersionOf(const std::string& resource)
{
    return resource == "deployments" ? "apps/v1" : "v1";
}

// kube-apiserver leaves kind and apiVersion out of the items of a list.
json listOf(const std::string& resource, const std::vector<json>& objects, long long version)
{
    json items = json::array();
    for (auto object : objects) {
        object.erase("kind");
        object.erase("apiVersion");
        items.push_back(std::move(object));
    }
    return {{"kind", kindOf(resource) + "List"},
            {"apiVersion", apiVersionOf(resource)},
            {"metadata", {{"resourceVersion", std::to_string(version)}}},
            {"items", std::move(items)}};
}

bool isTrue(const QString& value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

ApiRoutes::ApiRoutes(ObjectStore& store, Kubelet& kubelet, DeploymentController& controller,
                     ClusterShape shape)
    : m_store(store), m_kubelet(kubelet), m_controller(controller), m_shape(std::move(shape))
{}

std::optional<Reply> ApiRoutes::handle(HttpConnection* connection, const HttpRequest& request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    std::vector<std::string> s;
    for (const auto& part : parts)
        s.push_back(part.toStdString());
    if (s.size() == 1 && (s[0] == "healthz" || s[0] == "readyz" || s[0] == "livez"))
        return Reply::text(200, "ok");
    if (s.size() == 1 && s[0] == "version")
        return Reply::json(200, {{"major", "1"},
                                 {"minor", "28"},
                                 {"gitVersion", "v1.28.0-switchyard-fake"},
                                 {"platform", "linux/amd64"}});
    Target target;
    std::size_t next = 0;
    if (s.size() >= 2 && s[0] == "api" && s[1] == "v1") {
        next = 2;
    } else if (s.size() >= 3 && s[0] == "apis" && s[1] == "apps" && s[2] == "v1") {
        target.group = "apps";
        next = 3;
    } else {
        return Reply::error(
            KubeStatus::failure(404, "NotFound", "the server could not find the requested resource"));
    }
    if (s.size() == next + 1 && s[next] == "nodes" && target.group.empty()) {
        target.resource = "nodes";
        if (request.method != "GET")
            return Reply::error(KubeStatus::failure(
                405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
        if (auto denied = forbidden("list", target))
            return Reply::error(*denied);
        return nodes();
    }
    if (s.size() < next + 3 || s[next] != "namespaces")
        return Reply::error(
            KubeStatus::failure(404, "NotFound", "the server could not find the requested resource"));
    target.ns = s[next + 1];
    target.resource = s[next + 2];
    if (s.size() > next + 3)
        target.name = s[next + 3];
    if (s.size() > next + 4)
        target.subresource = s[next + 4];
    if (s.size() > next + 5)
        return Reply::error(
            KubeStatus::failure(404, "NotFound", "the server could not find the requested resource"));
    const bool known = target.group == "apps" ? target.resource == "deployments"
                                              : (target.resource == "pods" || target.resource == "secrets" ||
                                                 target.resource == "resourcequotas");
    if (!known)
        return Reply::error(
            KubeStatus::failure(404, "NotFound", "the server could not find the requested resource"));
    if (auto denied = forbidden(verbOf(request, target), target))
        return Reply::error(*denied);
    return route(connection, request, target);
}

std::string ApiRoutes::verbOf(const HttpRequest& request, const Target& target)
{
    if (request.method == "GET") {
        if (!target.name.empty())
            return "get";
        return isTrue(request.query.queryItemValue(QStringLiteral("watch"))) ? "watch" : "list";
    }
    if (request.method == "POST")
        return "create";
    if (request.method == "PUT")
        return "update";
    if (request.method == "PATCH")
        return "patch";
    if (request.method == "DELETE")
        return "delete";
    return request.method.toLower().toStdString();
}

std::optional<ApiError> ApiRoutes::forbidden(const std::string& verb, const Target& target) const
{
    const std::string full =
        target.subresource.empty() ? target.resource : target.resource + "/" + target.subresource;
    if (!m_forbidden.count({verb, full}) && !m_forbidden.count({"*", full}))
        return std::nullopt;
    const std::string user =
        "system:serviceaccount:" + m_shape.serviceAccountNamespace + ":" + m_shape.serviceAccount;
    return KubeStatus::forbidden({target.resource, target.group}, target.subresource, target.name, verb, user,
                                 target.ns);
}

std::optional<Reply> ApiRoutes::route(HttpConnection* connection, const HttpRequest& request,
                                      const Target& target)
{
    if (target.resource == "resourcequotas") {
        if (request.method != "GET" || !target.name.empty())
            return Reply::error(
                KubeStatus::failure(405, "MethodNotAllowed", "the fake serves resourcequotas read-only"));
        return resourceQuotas(target.ns);
    }
    if (target.name.empty())
        return collection(connection, request, target);
    if (target.resource == "deployments")
        return target.subresource == "scale" ? scale(request, target) : deploymentItem(request, target);
    if (target.resource == "pods")
        return podItem(request, target);
    return secretItem(request, target);
}

Reply ApiRoutes::nodes() const
{
    json items = json::array();
    for (int i = 0; i < m_shape.nodes; ++i) {
        const json resources{{"cpu", m_shape.nodeCpu}, {"memory", m_shape.nodeMemory}, {"pods", "110"}};
        items.push_back(
            {{"metadata",
              {{"name", Kubelet::nodeName(i)},
               {"uid", "00000000-0000-4000-8000-00000000000" + std::to_string(i % 10)},
               {"resourceVersion", "1"},
               {"labels",
                {{"kubernetes.io/hostname", Kubelet::nodeName(i)}, {"kubernetes.io/os", "linux"}}}}},
             {"spec", json::object()},
             {"status",
              {{"capacity", resources},
               {"allocatable", resources},
               {"conditions", json::array({{{"type", "Ready"},
                                            {"status", "True"},
                                            {"reason", "KubeletReady"},
                                            {"message", "kubelet is posting ready status"}}})},
               {"addresses", json::array({{{"type", "InternalIP"}, {"address", "127.0.0.1"}},
                                          {{"type", "Hostname"}, {"address", Kubelet::nodeName(i)}}})}}}});
    }
    return Reply::json(200, {{"kind", "NodeList"},
                             {"apiVersion", "v1"},
                             {"metadata", {{"resourceVersion", std::to_string(m_store.currentVersion())}}},
                             {"items", items}});
}

void ApiRoutes::setQuota(const std::string& ns, const json& hard)
{
    const std::string name = "switchyard-quota";
    json quota{{"apiVersion", "v1"},
               {"kind", "ResourceQuota"},
               {"metadata", {{"name", name}, {"namespace", ns}}},
               {"spec", {{"hard", hard}}}};
    if (auto current = m_store.get("resourcequotas", ns, name)) {
        (*current)["spec"]["hard"] = hard;
        m_store.update("resourcequotas", std::move(*current));
    } else {
        m_store.create("resourcequotas", std::move(quota));
    }
}

Reply ApiRoutes::resourceQuotas(const std::string& ns) const
{
    // status.used is computed when asked: the requests of the namespace's pods that are not terminating.
    double cpu = 0, memory = 0;
    int pods = 0;
    for (const auto& pod : m_store.list("pods", ns)) {
        if (pod["metadata"].contains("deletionTimestamp"))
            continue;
        ++pods;
        for (const auto& container : pod.value("/spec/containers"_json_pointer, json::array())) {
            const json requests = container.value("/resources/requests"_json_pointer, json::object());
            cpu += Quantity::parse(requests.value("cpu", std::string()));
            memory += Quantity::parse(requests.value("memory", std::string()));
        }
    }
    std::vector<json> quotas = m_store.list("resourcequotas", ns);
    for (auto& quota : quotas) {
        const json hard = quota.value("/spec/hard"_json_pointer, json::object());
        json used = json::object();
        for (const auto& [key, value] : hard.items()) {
            if (key == "requests.cpu" || key == "cpu")
                used[key] = Quantity::cpu(cpu);
            else if (key == "requests.memory" || key == "memory")
                used[key] = Quantity::memory(memory);
            else if (key == "pods")
                used[key] = std::to_string(pods);
            else
                used[key] = "0";
        }
        quota["status"] = {{"hard", hard}, {"used", used}};
    }
    return Reply::json(200, listOf("resourcequotas", quotas, m_store.currentVersion()));
}

std::optional<json> ApiRoutes::parseBody(const HttpRequest& request)
{
    json body = json::parse(request.body.toStdString(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return std::nullopt;
    return body;
}

std::optional<Reply> ApiRoutes::collection(HttpConnection* connection, const HttpRequest& request,
                                           const Target& target)
{
    if (request.method == "POST")
        return createObject(request, target);
    if (request.method != "GET")
        return Reply::error(KubeStatus::failure(
            405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
    if (isTrue(request.query.queryItemValue(QStringLiteral("watch"))))
        return watch(connection, request, target);
    LabelSelector selector, fields;
    if (auto refused = selectors(request, selector, fields))
        return Reply::error(*refused);
    std::vector<json> objects = m_store.list(target.resource, target.ns, selector);
    std::erase_if(objects,
                  [&fields](const json& object) { return !fields.matches(LabelSelector::fieldsOf(object)); });
    return Reply::json(200, listOf(target.resource, objects, m_store.currentVersion()));
}

std::optional<ApiError> ApiRoutes::selectors(const HttpRequest& request, LabelSelector& labels,
                                             LabelSelector& fields)
{
    const auto text = [&request](const char* name) {
        return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).toStdString();
    };
    if (!labels.parse(text("labelSelector")))
        return KubeStatus::badRequest(
            "unable to parse requirement: the fake understands only =, ==, != and existence");
    if (!fields.parse(text("fieldSelector")))
        return KubeStatus::badRequest("invalid field selector: the fake understands only =, == and !=");
    if (const std::string unknown = fields.unknownField(); !unknown.empty())
        return KubeStatus::badRequest("field label not supported: " + unknown);
    return std::nullopt;
}

std::optional<Reply> ApiRoutes::watch(HttpConnection* connection, const HttpRequest& request,
                                      const Target& target)
{
    WatchOptions options;
    options.resource = target.resource;
    options.kind = kindOf(target.resource);
    options.apiVersion = apiVersionOf(target.resource);
    options.namespaceName = target.ns;
    if (auto refused = selectors(request, options.selector, options.fields))
        return Reply::error(*refused);
    options.resourceVersion = request.query.queryItemValue(QStringLiteral("resourceVersion")).toStdString();
    options.bookmarks = isTrue(request.query.queryItemValue(QStringLiteral("allowWatchBookmarks")));
    options.timeoutSeconds = request.query.queryItemValue(QStringLiteral("timeoutSeconds")).toInt();
    auto* stream = new WatchStream(m_store, connection, std::move(options));
    std::erase_if(m_watches, [](const QPointer<WatchStream>& w) { return w.isNull(); });
    m_watches.emplace_back(stream);
    stream->start();
    return std::nullopt;
}

void ApiRoutes::cutWatches()
{
    for (auto& stream : m_watches) {
        if (stream)
            stream->cut();
    }
    m_watches.clear();
}

bool ApiRoutes::takeForcedConflict()
{
    if (m_forcedConflicts <= 0)
        return false;
    --m_forcedConflicts;
    return true;
}

Reply ApiRoutes::createObject(const HttpRequest& request, const Target& target)
{
    const ResourceName resource = resourceName(target.resource);
    auto body = parseBody(request);
    if (!body)
        return Reply::error(KubeStatus::badRequest("the body of the request was in an unknown format"));
    if (target.resource == "pods")
        return Reply::error(
            KubeStatus::failure(405, "MethodNotAllowed", "the fake creates pods only from Deployments"));
    json& metadata = (*body)["metadata"];
    const std::string name = metadata.value("name", std::string());
    if (name.empty())
        return Reply::error(KubeStatus::invalid(resource, "", "metadata.name",
                                                "Required value: name or generateName is required"));
    if (metadata.contains("namespace") && metadata["namespace"] != target.ns)
        return Reply::error(KubeStatus::badRequest(
            "the namespace of the provided object does not match the namespace sent on the request"));
    metadata["namespace"] = target.ns;
    if (m_store.get(target.resource, target.ns, name))
        return Reply::error(KubeStatus::alreadyExists(resource, name));
    (*body)["kind"] = kindOf(target.resource);
    (*body)["apiVersion"] = apiVersionOf(target.resource);
    metadata.erase("resourceVersion");
    if (target.resource == "secrets") {
        // stringData is write-only: it lands in data, base64-encoded.
        const json stringData = body->value("stringData", json::object());
        for (const auto& [key, value] : stringData.items())
            (*body)["data"][key] =
                QByteArray::fromStdString(value.get<std::string>()).toBase64().toStdString();
        body->erase("stringData");
        if (!body->contains("type"))
            (*body)["type"] = "Opaque";
        return Reply::json(201, m_store.create("secrets", std::move(*body)));
    }
    const json matchLabels = body->value("/spec/selector/matchLabels"_json_pointer, json());
    if (!LabelSelector::matchLabels(
            matchLabels, body->value("/spec/template/metadata/labels"_json_pointer, json::object())))
        return Reply::error(
            KubeStatus::invalid(resource, name, "spec.template.metadata.labels",
                                "Invalid value: `selector` does not match template `labels`"));
    if (body->value("/spec/template/spec/containers"_json_pointer, json::array()).empty())
        return Reply::error(
            KubeStatus::invalid(resource, name, "spec.template.spec.containers", "Required value"));
    body->erase("status");
    metadata.erase("generation");
    DeploymentController::applyDefaults(*body);
    return Reply::json(201, m_store.create("deployments", std::move(*body)));
}

Reply ApiRoutes::deploymentItem(const HttpRequest& request, const Target& target)
{
    const ResourceName resource = resourceName(target.resource);
    if (!target.subresource.empty() && target.subresource != "status")
        return Reply::error(
            KubeStatus::failure(404, "NotFound", "the server could not find the requested resource"));
    const auto current = m_store.get("deployments", target.ns, target.name);
    if (!current)
        return Reply::error(KubeStatus::notFound(resource, target.name));
    if (request.method == "GET")
        return Reply::json(200, *current);
    if (request.method == "DELETE") {
        const auto removed = m_store.remove("deployments", target.ns, target.name);
        m_controller.deleteOwnedPods(*removed);
        return Reply::json(200,
                           KubeStatus::success(resource, target.name,
                                               removed->value("/metadata/uid"_json_pointer, std::string())));
    }
    auto body = parseBody(request);
    if (!body)
        return Reply::error(KubeStatus::badRequest("the body of the request was in an unknown format"));
    if (request.method == "PUT")
        return replaceDeployment(target, std::move(*body), *current, true);
    if (request.method == "PATCH") {
        if (!request.header("content-type").contains("merge-patch+json"))
            return Reply::error(
                KubeStatus::failure(415, "UnsupportedMediaType", "the fake supports merge patches only"));
        const bool precondition =
            body->contains("metadata") && (*body)["metadata"].contains("resourceVersion");
        json patched = *current;
        patched.merge_patch(*body);
        return replaceDeployment(target, std::move(patched), *current, precondition);
    }
    return Reply::error(KubeStatus::failure(
        405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
}

Reply ApiRoutes::replaceDeployment(const Target& target, json body, const json& current, bool checkVersion)
{
    const ResourceName resource = resourceName("deployments");
    json& metadata = body["metadata"];
    if (metadata.value("name", target.name) != target.name)
        return Reply::error(
            KubeStatus::badRequest("the name of the object (" + metadata.value("name", std::string()) +
                                   ") does not match the name on the URL (" + target.name + ")"));
    if (takeForcedConflict())
        return Reply::error(KubeStatus::conflict(resource, target.name));
    if (checkVersion &&
        metadata.value("resourceVersion", std::string()) != current["metadata"]["resourceVersion"])
        return Reply::error(KubeStatus::conflict(resource, target.name));
    for (const char* kept : {"uid", "creationTimestamp", "generation", "namespace"})
        metadata[kept] = current["metadata"][kept];
    body["kind"] = "Deployment";
    body["apiVersion"] = "apps/v1";
    body["status"] = current.value("status", json::object());
    DeploymentController::applyDefaults(body);
    if (body["spec"] != current["spec"])
        metadata["generation"] = current["metadata"].value("generation", 1) + 1;
    if (body == current)
        return Reply::json(200, current); // a no-op update keeps its resourceVersion, as in Kubernetes
    return Reply::json(200, m_store.update("deployments", std::move(body)));
}

json ApiRoutes::scaleOf(const json& deployment) const
{
    const json& metadata = deployment["metadata"];
    return {{"kind", "Scale"},
            {"apiVersion", "autoscaling/v1"},
            {"metadata",
             {{"name", metadata["name"]},
              {"namespace", metadata["namespace"]},
              {"uid", metadata["uid"]},
              {"resourceVersion", metadata["resourceVersion"]},
              {"creationTimestamp", metadata["creationTimestamp"]}}},
            {"spec", {{"replicas", deployment["spec"].value("replicas", 1)}}},
            {"status",
             {{"replicas", deployment.value("/status/replicas"_json_pointer, 0)},
              {"selector", LabelSelector::format(deployment.value("/spec/selector/matchLabels"_json_pointer,
                                                                  json::object()))}}}};
}

Reply ApiRoutes::scale(const HttpRequest& request, const Target& target)
{
    const ResourceName resource = resourceName("deployments");
    const auto current = m_store.get("deployments", target.ns, target.name);
    if (!current)
        return Reply::error(KubeStatus::notFound(resource, target.name));
    if (request.method == "GET")
        return Reply::json(200, scaleOf(*current));
    if (request.method != "PUT" && request.method != "PATCH")
        return Reply::error(KubeStatus::failure(
            405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
    auto body = parseBody(request);
    if (!body)
        return Reply::error(KubeStatus::badRequest("the body of the request was in an unknown format"));
    if (request.method == "PATCH") {
        if (!request.header("content-type").contains("merge-patch+json"))
            return Reply::error(
                KubeStatus::failure(415, "UnsupportedMediaType", "the fake supports merge patches only"));
        json patched = scaleOf(*current);
        patched["metadata"].erase("resourceVersion");
        patched.merge_patch(*body);
        body = std::move(patched);
    }
    const std::string version = body->value("/metadata/resourceVersion"_json_pointer, std::string());
    if (takeForcedConflict() || (!version.empty() && version != (*current)["metadata"]["resourceVersion"]))
        return Reply::error(KubeStatus::conflict(resource, target.name));
    const json replicas = body->value("/spec/replicas"_json_pointer, json());
    if (!replicas.is_number_integer() || replicas.get<int>() < 0)
        return Reply::error(KubeStatus::invalid({"scale", "autoscaling"}, target.name, "spec.replicas",
                                                "Invalid value: must be greater than or equal to 0"));
    json deployment = *current;
    if (deployment["spec"]["replicas"] == replicas)
        return Reply::json(200, scaleOf(deployment));
    deployment["spec"]["replicas"] = replicas;
    deployment["metadata"]["generation"] = deployment["metadata"].value("generation", 1) + 1;
    return Reply::json(200, scaleOf(m_store.update("deployments", std::move(deployment))));
}

Reply ApiRoutes::podItem(const HttpRequest& request, const Target& target)
{
    const ResourceName resource = resourceName("pods");
    if (target.subresource == "log") {
        if (request.method != "GET")
            return Reply::error(KubeStatus::failure(
                405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
        bool ok = false;
        int tail = request.query.queryItemValue(QStringLiteral("tailLines")).toInt(&ok);
        if (!ok)
            tail = -1;
        const auto text = m_kubelet.logs(target.ns, target.name, tail,
                                         isTrue(request.query.queryItemValue(QStringLiteral("timestamps"))),
                                         isTrue(request.query.queryItemValue(QStringLiteral("previous"))));
        if (!text)
            return Reply::error(KubeStatus::notFound(resource, target.name));
        return Reply::text(200, *text);
    }
    if (!target.subresource.empty())
        return Reply::error(
            KubeStatus::failure(404, "NotFound", "the server could not find the requested resource"));
    const auto current = m_store.get("pods", target.ns, target.name);
    if (!current)
        return Reply::error(KubeStatus::notFound(resource, target.name));
    if (request.method == "GET")
        return Reply::json(200, *current);
    if (request.method == "DELETE") {
        int grace = -1;
        bool ok = false;
        if (const int q = request.query.queryItemValue(QStringLiteral("gracePeriodSeconds")).toInt(&ok); ok)
            grace = q;
        if (const auto body = parseBody(request); body && body->contains("gracePeriodSeconds"))
            grace = body->value("gracePeriodSeconds", grace);
        const auto pod = m_kubelet.deletePod(target.ns, target.name, grace);
        return Reply::json(200, pod.value_or(*current));
    }
    return Reply::error(KubeStatus::failure(405, "MethodNotAllowed", "the fake does not update pods"));
}

Reply ApiRoutes::secretItem(const HttpRequest& request, const Target& target)
{
    const ResourceName resource = resourceName("secrets");
    const auto current = m_store.get("secrets", target.ns, target.name);
    if (!current)
        return Reply::error(KubeStatus::notFound(resource, target.name));
    if (request.method == "GET")
        return Reply::json(200, *current);
    if (request.method == "DELETE") {
        const auto removed = m_store.remove("secrets", target.ns, target.name);
        return Reply::json(200,
                           KubeStatus::success(resource, target.name,
                                               removed->value("/metadata/uid"_json_pointer, std::string())));
    }
    if (request.method != "PUT")
        return Reply::error(KubeStatus::failure(
            405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
    auto body = parseBody(request);
    if (!body)
        return Reply::error(KubeStatus::badRequest("the body of the request was in an unknown format"));
    json& metadata = (*body)["metadata"];
    const std::string version = metadata.value("resourceVersion", std::string());
    // Secrets may be updated unconditionally; a resourceVersion that is given must be the current one.
    if (!version.empty() && version != (*current)["metadata"]["resourceVersion"])
        return Reply::error(KubeStatus::conflict(resource, target.name));
    for (const char* kept : {"uid", "creationTimestamp", "namespace", "name"})
        metadata[kept] = (*current)["metadata"][kept];
    const json stringData = body->value("stringData", json::object());
    for (const auto& [key, value] : stringData.items())
        (*body)["data"][key] = QByteArray::fromStdString(value.get<std::string>()).toBase64().toStdString();
    body->erase("stringData");
    (*body)["kind"] = "Secret";
    (*body)["apiVersion"] = "v1";
    return Reply::json(200, m_store.update("secrets", std::move(*body)));
}

} // namespace fakekube
