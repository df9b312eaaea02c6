#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "ApiFields.h"
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

// The fields EndpointSummary and EndpointInfo share, read the same way. `authMode` gets the text of
// auth_mode, which finishEndpointFields checks once the reader has seen every field.
template <class Endpoint>
void readEndpointFields(JsonReader& reader, Endpoint& endpoint, std::string& authMode)
{
    std::string state;
    if (reader.optional("state", state))
        endpoint.state = healthStateFromString(state);
    reader.optional("auth_mode", authMode);
    reader.optional("scoring_uri", endpoint.scoringUri);
    std::optional<std::string> defaultVersion; // null only in a transient state; read as ""
    reader.nullable("default_version", defaultVersion);
    endpoint.defaultVersion = defaultVersion.value_or("");
    reader.nullable("control_version", endpoint.controlVersion);
    readTraffic(reader, "traffic", endpoint.traffic);
}

// The reader's first type error, else the auth mode checked and set.
template <class Endpoint>
Status finishEndpointFields(const JsonReader& reader, Endpoint& endpoint, const std::string& authMode)
{
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status;
    auto mode = authModeFromString(authMode);
    if (!mode)
        return mode.error();
    endpoint.authMode = *mode;
    return {};
}

} // namespace switchyard
