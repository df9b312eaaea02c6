#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"

namespace switchyard {

struct VersionSpec;

// The fields PATCH …/versions/{v} may change; absent fields stay as they are.
struct VersionPatch
{
    std::optional<int> trafficPercentile;
    std::optional<bool> isDefault;
    std::optional<bool> isControlVersionType;
    std::optional<std::string> description;
    std::optional<std::map<std::string, std::string>> tags;
    std::optional<std::optional<int>> numReplicas; // null clears the fixed count
    std::optional<bool> autoscaleEnabled;
    std::optional<int> autoscaleMinReplicas;
    std::optional<int> autoscaleMaxReplicas;
    std::optional<int> autoscaleTargetUtilization;
    std::optional<int> autoscaleRefreshSeconds;
    std::optional<int> replicaMaxConcurrentRequests;
    std::optional<int> maxRequestWaitTime;
    std::optional<int> scoringTimeoutMs;
    std::optional<bool> collectModelData;

    // Fields of the spec that exist but cannot change are named in the error (create a new version).
    static Result<VersionPatch> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    // The spec with the patch applied and validated (rules 2 and 7); `base` is unchanged on error.
    Result<VersionSpec> applyTo(const VersionSpec& base) const;
    bool empty() const;
};

} // namespace switchyard
