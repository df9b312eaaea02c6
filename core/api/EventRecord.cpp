#include "api/EventRecord.h"

#include "api/ApiFields.h"

namespace switchyard {

Result<EventRecord> EventRecord::fromJson(const nlohmann::json& json)
{
    EventRecord e;
    JsonReader reader(json);
    ApiFields::int64(reader, "seq", e.seq, true);
    reader.optional("time", e.time);
    std::optional<std::string> endpoint;
    std::optional<std::string> version;
    reader.nullable("endpoint", endpoint);
    reader.nullable("version", version);
    e.endpoint = endpoint.value_or("");
    e.version = version.value_or("");
    reader.required("kind", e.kind);
    reader.optional("detail", e.detail);
    std::optional<std::string> by;
    reader.nullable("operator", by);
    e.operatorName = by.value_or("");
    reader.optional("caused_by", e.causedBy);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    if (e.detail.is_null())
        e.detail = nlohmann::json::object();
    return e;
}

nlohmann::json EventRecord::toJson() const
{
    return {{"seq", seq},
            {"time", time},
            {"endpoint", endpoint.empty() ? nlohmann::json(nullptr) : nlohmann::json(endpoint)},
            {"version", version.empty() ? nlohmann::json(nullptr) : nlohmann::json(version)},
            {"kind", kind},
            {"detail", detail},
            {"operator", operatorName.empty() ? nlohmann::json(nullptr) : nlohmann::json(operatorName)},
            {"caused_by", causedBy}};
}

} // namespace switchyard
