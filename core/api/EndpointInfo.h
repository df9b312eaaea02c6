#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "EndpointSpec.h"
#include "Result.h"
#include "api/HealthState.h"
#include "api/VersionInfo.h"

namespace switchyard {

// GET /api/v1/endpoints/{ep} (also the answer to POST/PATCH of an endpoint and PUT …/traffic).
struct EndpointInfo
{
    std::string name;
    std::string description;
    std::map<std::string, std::string> tags;
    HealthState state = HealthState::Transitioning; // the worst of its versions' states
    AuthMode authMode = AuthMode::Key;
    std::string scoringUri;
    std::string defaultVersion;
    std::optional<std::string> controlVersion;
    std::map<std::string, int> traffic; // effective split, sums to 100
    std::vector<VersionInfo> versions;
    std::string createdAt;
    std::string updatedAt;

    const VersionInfo* findVersion(const std::string& versionName) const;

    static Result<EndpointInfo> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const EndpointInfo&) const = default;
};

} // namespace switchyard
