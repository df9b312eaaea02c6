#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "Result.h"
#include "Database.h"
#include "ServiceContext.h"
#include "TrafficPlan.h"

namespace switchyard::server {

// Versions, traffic and what the data plane reports about them. Store thread only. Each change runs the
// rules of core (TrafficPlan, VersionSpec, VersionPatch, checkModelExists, checkCapacity) on a copy,
// writes the result in one transaction with its events, then tells the data plane.
class VersionService
{
public:
    explicit VersionService(ServiceContext& ctx) : m_ctx(ctx) {}

    Result<nlohmann::json> create(const std::string& endpoint, const nlohmann::json& body);
    Result<nlohmann::json> get(const std::string& endpoint, const std::string& version);
    Result<nlohmann::json> patch(const std::string& endpoint, const std::string& version,
                                 const nlohmann::json& body);
    Status remove(const std::string& endpoint, const std::string& version);
    Result<nlohmann::json> setTraffic(const std::string& endpoint, const nlohmann::json& body);

    Result<std::string> logs(const std::string& endpoint, const std::string& version, int tail);
    Result<nlohmann::json> metrics(const std::string& endpoint, int seconds);
    Result<nlohmann::json> collected(const std::string& endpoint, const std::string& version, int limit);
    Result<nlohmann::json> replicas(const std::string& endpoint, const std::string& version);

private:
    Result<EndpointState> load(const std::string& endpoint);
    template <class Input, class Apply>
    Result<nlohmann::json> change(const std::string& endpoint, const nlohmann::json& body, Apply apply);
    // Applies `plan` to `state`, then stamps and stores every version whose spec it changed (and
    // `touched`, changed by the caller beforehand, even if the plan left it alone).
    void applyAndStore(EndpointState& state, const TrafficPlan& plan, std::vector<VersionSpec> specsBefore,
                       const std::string& touched = {});
    // Records the plan's changes in the events, commits, and hands the endpoint to the data plane.
    void finish(Transaction& tx, const std::string& endpoint, const TrafficPlan& before,
                const TrafficPlan& plan, const EndpointState& state);

    ServiceContext& m_ctx;
};

} // namespace switchyard::server
