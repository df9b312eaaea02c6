#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <boost/asio/thread_pool.hpp>

#include "EndpointService.h"
#include "ModelCredential.h"
#include "OperatorRegistry.h"
#include "OperatorService.h"
#include "ReplicaModelService.h"
#include "RequestHandler.h"
#include "RoutePolicy.h"
#include "Router.h"
#include "ServiceContext.h"
#include "VersionService.h"

namespace switchyard::server {

struct ApiSettings
{
    std::string adminToken; // the bootstrap admin's credential
    bool metricsPublic = false;
    std::uint64_t maxModelBytes = 256ull * 1024 * 1024;
    std::uint64_t maxJsonBytes = 1024 * 1024;
    std::uint64_t maxScoreBytes = 64ull * 1024 * 1024;
    // Gauges and counters of the connection layer, appended to GET /metrics (empty: none).
    std::function<std::string()> serverMetrics{};
};

// Every route of the contract: operator auth and roles (RoutePolicy), routing, content types and body
// parsing, then the services on the store thread (one thread: SQLite work is serialized and never runs on an
// I/O thread). Scoring and the health check stay on the I/O thread and never touch the store.
class ManagementApi final : public RequestHandler
{
public:
    ManagementApi(ServiceContext& ctx, ApiSettings settings,
                  boost::asio::thread_pool::executor_type storeExecutor);

    // From the header alone: the route's body limit, or the refusal (401, 404, 405, 403 for a role below
    // the route's, or the data plane's answer for a scoring request: no such endpoint, no valid key or
    // token).
    Admission admit(const boost::beast::http::request_header<>& header) const override;
    void handle(HttpRequest&& request, Responder respond) override;
    // "METHOD pattern" for every route served (--print-routes; the OpenAPI coverage test reads it).
    static std::vector<std::string> routeTable();

    EndpointService& endpoints() { return m_endpoints; }
    VersionService& versions() { return m_versions; }

    using Route = ApiRoute;

    struct Call
    {
        Route route;
        Identity who; // the operator credential's holder (empty for the routes that take none)
        HttpRequest request;
        std::map<std::string, std::string> params;
        std::map<std::string, std::string> query;
        Responder respond;
    };

private:
    static void addRoutes(Router& router);
    void dispatch(Call& call);
    // The holder of the header's operator credential, if it may call `route`: else the 401 or 403.
    Result<Identity> authorize(const boost::beast::http::request_header<>& header, Route route) const;
    // The grant of the model credential in the header's "Authorization: Bearer", if it holds a valid one.
    std::optional<ModelGrant> modelGrant(const boost::beast::http::request_header<>& header) const;
    std::uint64_t bodyLimit(boost::beast::http::verb method, std::string_view path) const;

    ServiceContext& m_ctx;
    ApiSettings m_settings;
    boost::asio::thread_pool::executor_type m_storeExecutor;
    Router m_router;
    EndpointService m_endpoints;
    VersionService m_versions;
    ModelCredential m_modelCredentials;
    ReplicaModelService m_replicaModels;
    OperatorRegistry m_operatorRegistry;
    OperatorService m_operators;
};

} // namespace switchyard::server
