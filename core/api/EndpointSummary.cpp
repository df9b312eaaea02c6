#include "api/EndpointSummary.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {

Result<AuthMode> authModeFromString(const std::string& text)
{
    if (text == "key")
        return AuthMode::Key;
    if (text == "token")
        return AuthMode::Token;
    if (text == "none")
        return AuthMode::None;
    return Error::badRequest("InvalidValue",
                             "auth_mode must be 'key', 'token' or 'none', not '" + text + "'.", "auth_mode");
}

bool readTraffic(JsonReader& reader, const std::string& field, std::map<std::string, int>& out)
{
    if (!reader.has(field))
        return false;
    const auto& v = reader.raw(field);
    JsonReader inner(v, reader.path(field) + ".");
    if (v.is_object()) {
        for (const auto& [name, value] : v.items()) {
            int percent = 0;
            inner.required(name, percent);
            out[name] = percent;
        }
    }
    if (auto status = ApiFields::lenientFinish(inner); !status) {
        reader.fail(status.error());
        return false;
    }
    return true;
}

Result<EndpointSummary> EndpointSummary::fromJson(const nlohmann::json& json)
{
    EndpointSummary s;
    JsonReader reader(json);
    reader.required("name", s.name);
    std::string mode = "key";
    readEndpointFields(reader, s, mode);
    reader.optional("version_count", s.versionCount);
    if (auto status = finishEndpointFields(reader, s, mode); !status)
        return status.error();
    return s;
}

nlohmann::json EndpointSummary::toJson() const
{
    return {
        {"name", name},
        {"state", toString(state)},
        {"auth_mode", toString(authMode)},
        {"scoring_uri", scoringUri},
        {"version_count", versionCount},
        {"default_version", defaultVersion},
        {"control_version", controlVersion ? nlohmann::json(*controlVersion) : nlohmann::json(nullptr)},
        {"traffic", traffic},
    };
}

Result<std::vector<EndpointSummary>> EndpointSummary::listFromJson(const nlohmann::json& json)
{
    return ApiFields::list<EndpointSummary>(json, "endpoints");
}

nlohmann::json EndpointSummary::listToJson(const std::vector<EndpointSummary>& endpoints)
{
    return ApiFields::listToJson(endpoints, "endpoints");
}

} // namespace switchyard
