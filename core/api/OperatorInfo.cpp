#include "api/OperatorInfo.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {
namespace {

void nullableText(JsonReader& reader, const std::string& field, std::string& out)
{
    std::optional<std::string> value;
    reader.nullable(field, value);
    out = value.value_or("");
}

nlohmann::json textOrNull(const std::string& text)
{
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

} // namespace

Result<OperatorInfo> OperatorInfo::fromJson(const nlohmann::json& json)
{
    OperatorInfo o;
    JsonReader reader(json);
    reader.required("name", o.name);
    reader.required("role", o.role);
    reader.optional("created_at", o.createdAt);
    nullableText(reader, "expires_at", o.expiresAt);
    nullableText(reader, "last_used_at", o.lastUsedAt);
    reader.optional("token", o.token);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return o;
}

Result<std::vector<OperatorInfo>> OperatorInfo::listFromJson(const nlohmann::json& json)
{
    return ApiFields::list<OperatorInfo>(json, "operators");
}

nlohmann::json OperatorInfo::toJson() const
{
    nlohmann::json json{{"name", name},
                        {"role", role},
                        {"created_at", createdAt},
                        {"expires_at", textOrNull(expiresAt)},
                        {"last_used_at", textOrNull(lastUsedAt)}};
    if (!token.empty())
        json["token"] = token;
    return json;
}

Result<WhoAmI> WhoAmI::fromJson(const nlohmann::json& json)
{
    WhoAmI w;
    JsonReader reader(json);
    reader.required("name", w.name);
    reader.required("role", w.role);
    reader.optional("bootstrap", w.bootstrap);
    nullableText(reader, "expires_at", w.expiresAt);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return w;
}

nlohmann::json WhoAmI::toJson() const
{
    return {{"name", name}, {"role", role}, {"bootstrap", bootstrap}, {"expires_at", textOrNull(expiresAt)}};
}

} // namespace switchyard
