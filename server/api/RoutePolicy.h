#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Role.h"

namespace switchyard::server {

// Every route the server serves.
enum class ApiRoute
{
    Healthz,
    Metrics,
    Score,
    Cluster,
    Models,
    ModelUpload,
    Endpoints,
    EndpointCreate,
    EndpointGet,
    EndpointPatch,
    EndpointDelete,
    VersionCreate,
    VersionGet,
    VersionPatch,
    VersionDelete,
    VersionLogs,
    VersionCollected,
    EndpointMetrics,
    Traffic,
    Keys,
    KeysRegenerate,
    Token,
    TokenRevoke,
    Events,
    ReplicaModel,
    Monitor,
    VersionReplicas,
    WhoAmI,
    Operators,
    OperatorCreate,
    OperatorDelete,
};

// What a route takes: nothing, the scoring credential of its endpoint, a replica's model credential, or
// an operator credential of at least a role.
enum class RouteAccess
{
    Public,
    EndpointCredential,
    ModelCredential,
    Viewer,
    Operator,
    Admin,
};

struct RouteRule
{
    const char* method;
    const char* pattern;
    ApiRoute route;
    RouteAccess access;
};

// The one table of routes and who may call them (docs/operator-guide.md has the same table, which the
// role test reads). GET /metrics is Viewer here; --metrics-public opens it to anyone.
const std::vector<RouteRule>& routePolicy();
const RouteRule& ruleFor(ApiRoute route);
// The role an access needs; nothing for the routes that take no operator credential.
std::optional<Role> roleFor(RouteAccess access);
// "public", "endpoint credential", "model credential", "viewer", "operator", "admin".
std::string accessName(RouteAccess access);

} // namespace switchyard::server
