#include "KubeCapacity.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "JsonField.h"

#include "KubeQuantity.h"

namespace switchyard {
namespace {

using nlohmann::json;

std::optional<double> quantity(const json& list, const char* key, bool memory)
{
    const json& value = JsonField::member(list, key);
    if (!value.is_string())
        return std::nullopt;
    const auto text = value.get<std::string>();
    return memory ? KubeQuantity::gigabytes(text) : KubeQuantity::cores(text);
}

bool schedulable(const json& node)
{
    if (JsonField::member(JsonField::member(node, "spec"), "unschedulable") == json(true))
        return false;
    const json& conditions = JsonField::member(JsonField::member(node, "status"), "conditions");
    if (!conditions.is_array())
        return true; // a node that reports no conditions is not known to be down
    for (const auto& condition : conditions)
        if (JsonField::member(condition, "type") == json("Ready"))
            return JsonField::member(condition, "status") == json("True");
    return true;
}

void lower(std::optional<double>& current, std::optional<double> candidate)
{
    if (candidate)
        current = current ? std::min(*current, *candidate) : *candidate;
}

} // namespace

Resources KubeCapacity::fromNodes(const json& nodeList)
{
    Resources total;
    const json& items = JsonField::member(nodeList, "items");
    if (!items.is_array())
        return total;
    for (const auto& node : items) {
        if (!schedulable(node))
            continue;
        const json& allocatable = JsonField::member(JsonField::member(node, "status"), "allocatable");
        total.cpuCores += quantity(allocatable, "cpu", false).value_or(0);
        total.memoryGb += quantity(allocatable, "memory", true).value_or(0);
    }
    return total;
}

KubeCapacity::Quota KubeCapacity::fromQuotas(const json& quotaList)
{
    Quota quota;
    const json& items = JsonField::member(quotaList, "items");
    if (!items.is_array())
        return quota;
    for (const auto& item : items) {
        // What the API server enforces is status.hard; spec.hard before it has caught up.
        const json& statusHard = JsonField::member(JsonField::member(item, "status"), "hard");
        const json& hard =
            statusHard.is_object() ? statusHard : JsonField::member(JsonField::member(item, "spec"), "hard");
        lower(quota.cpuCores, quantity(hard, "requests.cpu", false));
        lower(quota.cpuCores, quantity(hard, "cpu", false));
        lower(quota.memoryGb, quantity(hard, "requests.memory", true));
        lower(quota.memoryGb, quantity(hard, "memory", true));
    }
    return quota;
}

Resources KubeCapacity::combine(const Resources& nodes, const Quota& quota)
{
    return {quota.cpuCores.value_or(nodes.cpuCores), quota.memoryGb.value_or(nodes.memoryGb)};
}

} // namespace switchyard
