#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <QList>
#include <QPointer>

#include "DeploymentController.h"
#include "HttpConnection.h"
#include "Kubelet.h"
#include "ObjectStore.h"
#include "Reply.h"
#include "WatchStream.h"

namespace fakekube {

struct ClusterShape
{
    int nodes = 2;
    std::string nodeCpu = "8";
    std::string nodeMemory = "16Gi";
    std::string serviceAccount = "switchyard"; // who the token is, in 403 messages
    std::string serviceAccountNamespace = "default";
};

// The Kubernetes REST routes the backend uses: nodes, resourcequotas, apps/v1 deployments (and their
// scale), pods (and log), secrets; list, get, create, update, patch, delete and watch with the shapes
// and status codes of kube-apiserver. The faults a test switches on (forced conflicts, forbidden verbs)
// are checked here too.
class ApiRoutes
{
public:
    ApiRoutes(ObjectStore& store, Kubelet& kubelet, DeploymentController& controller, ClusterShape shape);

    // nullopt when the answer is a watch stream that took over the connection.
    std::optional<Reply> handle(HttpConnection* connection, const HttpRequest& request);

    void cutWatches();
    void forceConflicts(int count) { m_forcedConflicts = count; }
    void forbid(const std::string& verb, const std::string& resource)
    {
        m_forbidden.insert({verb, resource});
    }
    void allowAll() { m_forbidden.clear(); }
    void setQuota(const std::string& ns, const nlohmann::json& hard);

private:
    struct Target
    {
        std::string group; // "" or apps
        std::string ns;
        std::string resource;
        std::string name;
        std::string subresource;
    };

    std::optional<Reply> route(HttpConnection* connection, const HttpRequest& request, const Target& target);
    Reply nodes() const;
    Reply resourceQuotas(const std::string& ns) const;
    std::optional<Reply> collection(HttpConnection* connection, const HttpRequest& request,
                                    const Target& target);
    Reply deploymentItem(const HttpRequest& request, const Target& target);
    Reply scale(const HttpRequest& request, const Target& target);
    Reply podItem(const HttpRequest& request, const Target& target);
    Reply secretItem(const HttpRequest& request, const Target& target);
    Reply createObject(const HttpRequest& request, const Target& target);
    Reply replaceDeployment(const Target& target, nlohmann::json body, const nlohmann::json& current,
                            bool checkVersion);
    std::optional<Reply> watch(HttpConnection* connection, const HttpRequest& request, const Target& target);

    bool takeForcedConflict();
    std::optional<ApiError> forbidden(const std::string& verb, const Target& target) const;
    static std::string verbOf(const HttpRequest& request, const Target& target);
    static std::optional<nlohmann::json> parseBody(const HttpRequest& request);
    // labelSelector and fieldSelector of a list or watch; the 400 when one cannot be read.
    static std::optional<ApiError> selectors(const HttpRequest& request, LabelSelector& labels,
                                             LabelSelector& fields);
    nlohmann::json scaleOf(const nlohmann::json& deployment) const;

    ObjectStore& m_store;
    Kubelet& m_kubelet;
    DeploymentController& m_controller;
    ClusterShape m_shape;
    std::vector<QPointer<WatchStream>> m_watches;
    int m_forcedConflicts = 0;
    std::set<std::pair<std::string, std::string>> m_forbidden;
};

} // namespace fakekube
