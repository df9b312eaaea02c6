#include "EndpointSpec.h"

#include <nlohmann/json.hpp>

#include "JsonReader.h"
#include "Metadata.h"
#include "Names.h"

namespace switchyard {

std::string toString(AuthMode mode)
{
    switch (mode) {
    case AuthMode::Key:
        return "key";
    case AuthMode::Token:
        return "token";
    case AuthMode::None:
        return "none";
    }
    return "none";
}

AuthMode authModeFor(bool authEnabled, bool tokenAuthEnabled)
{
    if (tokenAuthEnabled)
        return AuthMode::Token;
    return authEnabled ? AuthMode::Key : AuthMode::None;
}

Status validateAuthChoice(bool authEnabled, bool tokenAuthEnabled)
{
    if (authEnabled && tokenAuthEnabled)
        return Error::badRequest(
            "ConflictingAuth",
            "Key auth and token auth cannot both be enabled; set auth_enabled to false to "
            "use tokens.",
            "token_auth_enabled");
    return {};
}

Result<EndpointSpec> EndpointSpec::fromJson(const nlohmann::json& json)
{
    EndpointSpec spec;
    JsonReader reader(json);
    reader.required("name", spec.name);
    reader.optional("description", spec.description);
    reader.optional("tags", spec.tags);
    reader.optional("auth_enabled", spec.authEnabled);
    reader.optional("token_auth_enabled", spec.tokenAuthEnabled);
    nlohmann::json versionJson;
    reader.required("version", versionJson);
    if (auto status = reader.finish(); !status)
        return status.error();
    if (auto status = validateResourceName(spec.name, "name"); !status)
        return status.error();
    if (auto status = validateDescription(spec.description); !status)
        return status.error();
    if (auto status = validateTags(spec.tags); !status)
        return status.error();
    if (auto status = validateAuthChoice(spec.authEnabled, spec.tokenAuthEnabled); !status)
        return status.error();
    auto version = VersionSpec::fromJson(versionJson);
    if (!version) {
        Error error = version.error();
        if (error.target)
            error.target = "version." + *error.target;
        return error;
    }
    spec.version = std::move(version).value();
    return spec;
}

nlohmann::json EndpointSpec::toJson() const
{
    return {{"name", name},
            {"description", description},
            {"tags", tags},
            {"auth_enabled", authEnabled},
            {"token_auth_enabled", tokenAuthEnabled},
            {"version", version.toJson()}};
}

Result<EndpointPatch> EndpointPatch::fromJson(const nlohmann::json& json)
{
    EndpointPatch patch;
    JsonReader reader(json);
    std::string description;
    if (reader.optional("description", description))
        patch.description = description;
    std::map<std::string, std::string> tags;
    if (reader.optional("tags", tags))
        patch.tags = tags;
    bool flag = false;
    if (reader.optional("auth_enabled", flag))
        patch.authEnabled = flag;
    if (reader.optional("token_auth_enabled", flag))
        patch.tokenAuthEnabled = flag;
    if (auto status = reader.finish(); !status)
        return status.error();
    if (auto status = validatePatchMetadata(patch.description, patch.tags); !status)
        return status.error();
    return patch;
}

nlohmann::json EndpointPatch::toJson() const
{
    nlohmann::json json = nlohmann::json::object();
    if (description)
        json["description"] = *description;
    if (tags)
        json["tags"] = *tags;
    if (authEnabled)
        json["auth_enabled"] = *authEnabled;
    if (tokenAuthEnabled)
        json["token_auth_enabled"] = *tokenAuthEnabled;
    return json;
}

} // namespace switchyard
