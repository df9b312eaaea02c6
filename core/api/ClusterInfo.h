#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "Capacity.h"
#include "Result.h"

namespace switchyard {

// GET /api/v1/cluster.
struct ClusterInfo
{
    std::string name = "local";
    std::string purpose = "FastProd"; // "DevTest" or "FastProd"
    bool autoscalerEnabled = true;
    std::string backend = "local"; // "local" or "kubernetes"
    std::string namespaceName;     // empty when the server sends null (the local backend)
    // "ok" or "degraded"; kept as text so a state a newer server adds still reads (and shows as it is).
    std::string backendState = "ok";
    std::string backendMessage; // why, when degraded
    Resources capacity;
    Resources allocated;
    std::string serverVersion;
    int endpointCount = 0;

    bool degraded() const { return backendState != "ok"; }

    static Result<ClusterInfo> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const ClusterInfo& other) const; // Resources has no ==
};

} // namespace switchyard
