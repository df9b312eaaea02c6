#include "RoutePolicy.h"

#include <stdexcept>

namespace switchyard::server {

const std::vector<RouteRule>& routePolicy()
{
    using A = RouteAccess;
    using R = ApiRoute;
    // Viewers read everything but secrets (keys, tokens, model bytes); operators steer traffic, versions,
    // keys and tokens; admins also manage endpoints, models and operators.
    static const std::vector<RouteRule> rules{
        {"GET", "/healthz", R::Healthz, A::Public},
        {"GET", "/metrics", R::Metrics, A::Viewer},
        {"POST", "/score/{ep}", R::Score, A::EndpointCredential},
        {"GET", "/api/v1/whoami", R::WhoAmI, A::Viewer},
        {"GET", "/api/v1/cluster", R::Cluster, A::Viewer},
        {"GET", "/api/v1/models", R::Models, A::Viewer},
        {"POST", "/api/v1/models/{name}", R::ModelUpload, A::Admin},
        {"GET", "/api/v1/endpoints", R::Endpoints, A::Viewer},
        {"POST", "/api/v1/endpoints", R::EndpointCreate, A::Admin},
        {"GET", "/api/v1/endpoints/{ep}", R::EndpointGet, A::Viewer},
        {"PATCH", "/api/v1/endpoints/{ep}", R::EndpointPatch, A::Admin},
        {"DELETE", "/api/v1/endpoints/{ep}", R::EndpointDelete, A::Admin},
        {"POST", "/api/v1/endpoints/{ep}/versions", R::VersionCreate, A::Operator},
        {"GET", "/api/v1/endpoints/{ep}/versions/{v}", R::VersionGet, A::Viewer},
        {"PATCH", "/api/v1/endpoints/{ep}/versions/{v}", R::VersionPatch, A::Operator},
        {"DELETE", "/api/v1/endpoints/{ep}/versions/{v}", R::VersionDelete, A::Operator},
        {"GET", "/api/v1/endpoints/{ep}/versions/{v}/logs", R::VersionLogs, A::Viewer},
        {"GET", "/api/v1/endpoints/{ep}/versions/{v}/collected", R::VersionCollected, A::Viewer},
        {"GET", "/api/v1/endpoints/{ep}/versions/{v}/replicas", R::VersionReplicas, A::Viewer},
        {"GET", "/api/v1/endpoints/{ep}/metrics", R::EndpointMetrics, A::Viewer},
        {"GET", "/api/v1/monitor", R::Monitor, A::Viewer},
        {"PUT", "/api/v1/endpoints/{ep}/traffic", R::Traffic, A::Operator},
        {"GET", "/api/v1/endpoints/{ep}/keys", R::Keys, A::Operator},
        {"POST", "/api/v1/endpoints/{ep}/keys/regenerate", R::KeysRegenerate, A::Operator},
        {"POST", "/api/v1/endpoints/{ep}/token", R::Token, A::Operator},
        {"POST", "/api/v1/endpoints/{ep}/token/revoke", R::TokenRevoke, A::Operator},
        {"GET", "/api/v1/events", R::Events, A::Viewer},
        {"GET", "/api/v1/operators", R::Operators, A::Admin},
        {"POST", "/api/v1/operators", R::OperatorCreate, A::Admin},
        {"DELETE", "/api/v1/operators/{name}", R::OperatorDelete, A::Admin},
        {"GET", "/api/v1/replica/model", R::ReplicaModel, A::ModelCredential},
    };
    return rules;
}

const RouteRule& ruleFor(ApiRoute route)
{
    for (const auto& rule : routePolicy())
        if (rule.route == route)
            return rule;
    throw std::logic_error("a route without a rule");
}

std::optional<Role> roleFor(RouteAccess access)
{
    switch (access) {
    case RouteAccess::Viewer:
        return Role::Viewer;
    case RouteAccess::Operator:
        return Role::Operator;
    case RouteAccess::Admin:
        return Role::Admin;
    case RouteAccess::Public:
    case RouteAccess::EndpointCredential:
    case RouteAccess::ModelCredential:
        break;
    }
    return std::nullopt;
}

std::string accessName(RouteAccess access)
{
    if (const auto role = roleFor(access))
        return roleName(*role);
    switch (access) {
    case RouteAccess::Public:
        return "public";
    case RouteAccess::EndpointCredential:
        return "endpoint credential";
    case RouteAccess::ModelCredential:
        return "model credential";
    default:
        return {};
    }
}

} // namespace switchyard::server
