#include "api/KeySet.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {

Result<KeySet> KeySet::fromJson(const nlohmann::json& json)
{
    KeySet keys;
    JsonReader reader(json);
    reader.required("primary_key", keys.primaryKey);
    reader.required("secondary_key", keys.secondaryKey);
    reader.optional("primary_rotated_at", keys.primaryRotatedAt);
    reader.optional("secondary_rotated_at", keys.secondaryRotatedAt);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return keys;
}

nlohmann::json KeySet::toJson() const
{
    return {{"primary_key", primaryKey},
            {"secondary_key", secondaryKey},
            {"primary_rotated_at", primaryRotatedAt},
            {"secondary_rotated_at", secondaryRotatedAt}};
}

} // namespace switchyard
