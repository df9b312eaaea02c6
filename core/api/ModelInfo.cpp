#include "api/ModelInfo.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {

Result<ModelInfo> ModelInfo::fromJson(const nlohmann::json& json)
{
    ModelInfo info;
    JsonReader reader(json);
    reader.required("name", info.name);
    reader.required("version", info.version);
    reader.optional("sha256", info.sha256);
    ApiFields::int64(reader, "size_bytes", info.sizeBytes, false);
    reader.optional("created_at", info.createdAt);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return info;
}

nlohmann::json ModelInfo::toJson() const
{
    return {{"name", name},
            {"version", version},
            {"sha256", sha256},
            {"size_bytes", sizeBytes},
            {"created_at", createdAt}};
}

Result<std::vector<ModelInfo>> ModelInfo::listFromJson(const nlohmann::json& json)
{
    return ApiFields::list<ModelInfo>(json, "models");
}

nlohmann::json ModelInfo::listToJson(const std::vector<ModelInfo>& models)
{
    return ApiFields::listToJson(models, "models");
}

} // namespace switchyard
