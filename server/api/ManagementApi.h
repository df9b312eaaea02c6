#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <boost/asio/thread_pool.hpp>

#include "EndpointService.h"
#include "RequestHandler.h"
#include "Router.h"
#include "ServiceContext.h"
#include "VersionService.h"

namespace switchyard::server {

struct ApiSettings
{
    std::string adminToken;
    bool metricsPublic = false;
    std::uint64_t maxModelBytes = 256ull * 1024 * 1024;
    std::uint64_t maxJsonBytes = 1024 * 1024;
    std::uint64_t maxScoreBytes = 64ull * 1024 * 1024;
};

// Every route of the contract: admin auth, routing, content types and body parsing, then the services on
// the store thread (one thread: SQLite work is serialized and never runs on an I/O thread). Scoring and
// the health check stay on the I/O thread and never touch the store.
class ManagementApi final : public RequestHandler
{
public:
    ManagementApi(ServiceContext& ctx, ApiSettings settings,
                  boost::asio::thread_pool::executor_type storeExecutor);

    void handle(HttpRequest&& request, Responder respond) override;
    std::uint64_t bodyLimit(const boost::beast::http::request_header<>& header) const override;
    // "METHOD pattern" for every route served (--print-routes; the OpenAPI coverage test reads it).
    static std::vector<std::string> routeTable();

    EndpointService& endpoints() { return m_endpoints; }
    VersionService& versions() { return m_versions; }

    enum class Route
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
        Events,
    };

    struct Call
    {
        Route route;
        HttpRequest request;
        std::map<std::string, std::string> params;
        std::map<std::string, std::string> query;
        Responder respond;
    };

private:
    static void addRoutes(Router& router);
    void dispatch(Call& call);
    bool adminAuthorized(const HttpRequest& request) const;

    ServiceContext& m_ctx;
    ApiSettings m_settings;
    boost::asio::thread_pool::executor_type m_storeExecutor;
    Router m_router;
    EndpointService m_endpoints;
    VersionService m_versions;
};

} // namespace switchyard::server
