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
    std::string backend = "local";
    Resources capacity;
    Resources allocated;
    std::string serverVersion;
    int endpointCount = 0;

    static Result<ClusterInfo> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const ClusterInfo& other) const; // Resources has no ==
};

} // namespace switchyard
