#include "api/VersionInfo.h"

#include <nlohmann/json.hpp>

#include "VersionSpecFields.h"
#include "api/ApiFields.h"

namespace switchyard {

Result<VersionInfo> VersionInfo::fromJson(const nlohmann::json& json)
{
    VersionInfo info;
    JsonReader reader(json);
    reader.required("name", info.spec.versionName);
    if (auto status = VersionSpecFields::read(reader, info.spec); !status)
        return status.error();
    std::string state;
    if (reader.optional("state", state))
        info.state = healthStateFromString(state);
    reader.optional("effective_traffic", info.effectiveTraffic);
    if (reader.has("replicas")) {
        JsonReader replicas(reader.raw("replicas"), "replicas.");
        replicas.optional("desired", info.replicas.desired);
        replicas.optional("ready", info.replicas.ready);
        replicas.optional("busy", info.replicas.busy);
        if (auto status = ApiFields::lenientFinish(replicas); !status)
            return status.error();
    }
    reader.optional("created_at", info.createdAt);
    reader.optional("updated_at", info.updatedAt);
    reader.nullable("error", info.error);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return info;
}

nlohmann::json VersionInfo::toJson() const
{
    auto json = spec.toResponseFields();
    json["state"] = toString(state);
    json["effective_traffic"] = effectiveTraffic;
    json["replicas"] = {{"desired", replicas.desired}, {"ready", replicas.ready}, {"busy", replicas.busy}};
    json["created_at"] = createdAt;
    json["updated_at"] = updatedAt;
    if (error)
        json["error"] = *error;
    return json;
}

} // namespace switchyard
