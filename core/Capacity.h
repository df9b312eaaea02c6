#pragma once

#include <functional>

#include "Names.h"
#include "Result.h"

namespace switchyard {

struct VersionSpec;

// CPU cores and memory, for the cluster's capacity, what is allocated, and what a replica needs.
struct Resources
{
    double cpuCores = 0;
    double memoryGb = 0;

    Resources operator+(const Resources& o) const { return {cpuCores + o.cpuCores, memoryGb + o.memoryGb}; }
    Resources operator-(const Resources& o) const { return {cpuCores - o.cpuCores, memoryGb - o.memoryGb}; }
    Resources operator*(int n) const { return {cpuCores * n, memoryGb * n}; }
    bool fits(const Resources& free) const;
};

Resources replicaResources(const VersionSpec& spec);
// How many more replicas of `spec` fit into `free` (never negative).
int replicasThatFit(const VersionSpec& spec, const Resources& free);

// Rule 8: the model reference must name a registered model.
Status checkModelExists(const VersionSpec& spec, const std::function<bool(const ModelRef&)>& registryHas);
// Rule 9: the version's minimum replicas must fit the cluster's free capacity (409 InsufficientCapacity).
Status checkCapacity(const VersionSpec& spec, const Resources& free);

} // namespace switchyard
