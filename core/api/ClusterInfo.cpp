#include "api/ClusterInfo.h"

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
           backend == o.backend && same(capacity, o.capacity) && same(allocated, o.allocated) &&
           serverVersion == o.serverVersion && endpointCount == o.endpointCount;
}

} // namespace switchyard
