#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "EndpointSpec.h"
#include "Result.h"
#include "api/HealthState.h"

namespace switchyard {

// One row of GET /api/v1/endpoints.
struct EndpointSummary
{
    std::string name;
    HealthState state = HealthState::Transitioning;
    AuthMode authMode = AuthMode::Key;
    std::string scoringUri;
    int versionCount = 0;
    std::string defaultVersion;
    std::optional<std::string> controlVersion;
    std::map<std::string, int> traffic; // effective split, sums to 100

    static Result<EndpointSummary> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    // {"endpoints": […]}
    static Result<std::vector<EndpointSummary>> listFromJson(const nlohmann::json& json);
    static nlohmann::json listToJson(const std::vector<EndpointSummary>& endpoints);
    bool operator==(const EndpointSummary&) const = default;
};

// Shared by EndpointSummary and EndpointInfo: "key" / "token" / "none"; anything else is an error.
Result<AuthMode> authModeFromString(const std::string& text);
// {"versiona": 60, …}; strict: every value a whole number.
bool readTraffic(JsonReader& reader, const std::string& field, std::map<std::string, int>& out);

} // namespace switchyard
