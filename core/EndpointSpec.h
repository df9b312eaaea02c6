#pragma once

#include <map>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"
#include "VersionSpec.h"

namespace switchyard {

enum class AuthMode
{
    Key,
    Token,
    None
};
std::string toString(AuthMode mode);
AuthMode authModeFor(bool authEnabled, bool tokenAuthEnabled);

// POST /api/v1/endpoints: the endpoint and its first version, which becomes the default.
struct EndpointSpec
{
    std::string name;
    std::string description;
    std::map<std::string, std::string> tags;
    bool authEnabled = true;
    bool tokenAuthEnabled = false;
    VersionSpec version;

    static Result<EndpointSpec> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    AuthMode authMode() const { return authModeFor(authEnabled, tokenAuthEnabled); }
    bool operator==(const EndpointSpec&) const = default;
};

// PATCH /api/v1/endpoints/{ep}.
struct EndpointPatch
{
    std::optional<std::string> description;
    std::optional<std::map<std::string, std::string>> tags;
    std::optional<bool> authEnabled;
    std::optional<bool> tokenAuthEnabled;

    static Result<EndpointPatch> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
};

// Key auth and token auth are exclusive (AksWebservice: a 400 when both are set).
Status validateAuthChoice(bool authEnabled, bool tokenAuthEnabled);

} // namespace switchyard
