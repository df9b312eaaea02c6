#pragma once

#include <optional>

#include <nlohmann/json_fwd.hpp>

#include "Capacity.h"

namespace switchyard {

// The cluster's capacity as Kubernetes states it, for rule 9: the sum of the allocatable resources of
// the nodes that are Ready and schedulable, or, where the namespace has a ResourceQuota on requests,
// the quota's hard limit (the smallest, when there are several), per resource.
class KubeCapacity
{
public:
    // From a NodeList.
    static Resources fromNodes(const nlohmann::json& nodeList);
    // From a ResourceQuotaList: each resource the quotas limit, nothing for those they do not.
    struct Quota
    {
        std::optional<double> cpuCores;
        std::optional<double> memoryGb;
    };
    static Quota fromQuotas(const nlohmann::json& quotaList);
    // The quota where it limits, else the nodes.
    static Resources combine(const Resources& nodes, const Quota& quota);
};

} // namespace switchyard
