#pragma once

#include <functional>
#include <string_view>

#include "Names.h"
#include "Result.h"

namespace switchyard {

struct VersionSpec;

// A replica's cpu_cores and memory_gb are counted in thousandths (millicores, megabytes): anything
// smaller reserves nothing (5e-324 cores) and anything finer cannot be told apart in the capacity sums.
constexpr double kResourceUnit = 0.001;
constexpr double kMaxCpuCores = 1024;
constexpr double kMaxMemoryGb = 65536;

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

// cpu_cores or memory_gb: between kResourceUnit and `max`, a whole number of kResourceUnit.
Status validateResourceAmount(std::string_view field, double value, double max, std::string_view unit);
// A number as a person would write it: 1025, 1024.001, 1e+308 (shortest form that reads back the same).
std::string formatNumber(double value);

Resources replicaResources(const VersionSpec& spec);
// How many more replicas of `spec` fit into `free` (never negative).
int replicasThatFit(const VersionSpec& spec, const Resources& free);

// Rule 8: the model reference must name a registered model.
Status checkModelExists(const VersionSpec& spec, const std::function<bool(const ModelRef&)>& registryHas);
// Rule 9: the version's minimum replicas must fit the cluster's free capacity (409 InsufficientCapacity).
Status checkCapacity(const VersionSpec& spec, const Resources& free);

} // namespace switchyard
