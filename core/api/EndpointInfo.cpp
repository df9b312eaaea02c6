#include "api/EndpointInfo.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"
#include "api/EndpointSummary.h"

namespace switchyard {

const VersionInfo* EndpointInfo::findVersion(const std::string& versionName) const
{
    for (const auto& v : versions) {
        if (v.name() == versionName)
            return &v;
    }
    return nullptr;
}

Result<EndpointInfo> EndpointInfo::fromJson(const nlohmann::json& json)
{
    EndpointInfo e;
    JsonReader reader(json);
    reader.required("name", e.name);
    reader.optional("description", e.description);
    reader.optional("tags", e.tags);
    std::string mode = "key";
    readEndpointFields(reader, e, mode);
    reader.optional("created_at", e.createdAt);
    reader.optional("updated_at", e.updatedAt);
    if (reader.has("versions")) {
        const auto& versions = reader.raw("versions");
        if (!versions.is_array())
            return Error::badRequest("InvalidType", "The field 'versions' must be an array.", "versions");
        for (const auto& item : versions) {
            auto version = VersionInfo::fromJson(item);
            if (!version)
                return version.error();
            e.versions.push_back(std::move(version).value());
        }
    }
    if (auto status = finishEndpointFields(reader, e, mode); !status)
        return status.error();
    return e;
}

nlohmann::json EndpointInfo::toJson() const
{
    auto versionArray = nlohmann::json::array();
    for (const auto& v : versions)
        versionArray.push_back(v.toJson());
    return {
        {"name", name},
        {"description", description},
        {"tags", tags},
        {"state", toString(state)},
        {"auth_mode", toString(authMode)},
        {"scoring_uri", scoringUri},
        {"default_version", defaultVersion},
        {"control_version", controlVersion ? nlohmann::json(*controlVersion) : nlohmann::json(nullptr)},
        {"traffic", traffic},
        {"versions", versionArray},
        {"created_at", createdAt},
        {"updated_at", updatedAt},
    };
}

} // namespace switchyard
