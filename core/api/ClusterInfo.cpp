#include "api/ClusterInfo.h"

#include <optional>

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {
namespace {

void readResources(JsonReader& reader, const std::string& field, Resources& out)
{
    if (!reader.has(field))
        return;
    JsonReader inner(reader.raw(field), field + ".");
    inner.optional("cpu_cores", out.cpuCores);
    inner.optional("memory_gb", out.memoryGb);
    if (auto status = ApiFields::lenientFinish(inner); !status)
        reader.fail(status.error());
}

nlohmann::json resourcesToJson(const Resources& r)
{
    return {{"cpu_cores", r.cpuCores}, {"memory_gb", r.memoryGb}};
}

} // namespace

Result<ClusterInfo> ClusterInfo::fromJson(const nlohmann::json& json)
{
    ClusterInfo info;
    JsonReader reader(json);
    reader.optional("name", info.name);
    reader.optional("purpose", info.purpose);
    reader.optional("autoscaler_enabled", info.autoscalerEnabled);
    reader.optional("backend", info.backend);
    std::optional<std::string> text;
    if (reader.nullable("namespace", text))
        info.namespaceName = text.value_or("");
    reader.optional("backend_state", info.backendState);
    text.reset();
    if (reader.nullable("backend_message", text))
        info.backendMessage = text.value_or("");
    readResources(reader, "capacity", info.capacity);
    readResources(reader, "allocated", info.allocated);
    reader.optional("server_version", info.serverVersion);
    reader.optional("endpoint_count", info.endpointCount);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return info;
}

nlohmann::json ClusterInfo::toJson() const
{
    return {
        {"name", name},
        {"purpose", purpose},
        {"autoscaler_enabled", autoscalerEnabled},
        {"backend", backend},
        {"namespace", namespaceName.empty() ? nlohmann::json(nullptr) : nlohmann::json(namespaceName)},
        {"backend_state", backendState},
        {"backend_message",
         backendMessage.empty() ? nlohmann::json(nullptr) : nlohmann::json(backendMessage)},
        {"capacity", resourcesToJson(capacity)},
        {"allocated", resourcesToJson(allocated)},
        {"server_version", serverVersion},
        {"endpoint_count", endpointCount},
    };
}

bool ClusterInfo::operator==(const ClusterInfo& o) const
{
    auto same = [](const Resources& a, const Resources& b) {
        return a.cpuCores == b.cpuCores && a.memoryGb == b.memoryGb;
    };
    return name == o.name && purpose == o.purpose && autoscalerEnabled == o.autoscalerEnabled &&
           backend == o.backend && namespaceName == o.namespaceName && backendState == o.backendState &&
           backendMessage == o.backendMessage && same(capacity, o.capacity) && same(allocated, o.allocated) &&
           serverVersion == o.serverVersion && endpointCount == o.endpointCount;
}

} // namespace switchyard
