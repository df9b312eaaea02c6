#include "api/ReplicaStatus.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {

Result<ReplicaStatus> ReplicaStatus::fromJson(const nlohmann::json& json)
{
    ReplicaStatus replica;
    JsonReader reader(json);
    reader.required("id", replica.id);
    reader.required("address", replica.address);
    reader.required("state", replica.state);
    reader.required("inflight", replica.inflight);
    reader.required("restarts", replica.restarts);
    reader.optional("started_at", replica.startedAt);
    ApiFields::int64(reader, "age_seconds", replica.ageSeconds, false);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return replica;
}

nlohmann::json ReplicaStatus::toJson() const
{
    return {{"id", id},
            {"address", address},
            {"state", state},
            {"inflight", inflight},
            {"restarts", restarts},
            {"started_at", startedAt},
            {"age_seconds", ageSeconds}};
}

} // namespace switchyard
