#include "Capacity.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "VersionSpec.h"

namespace switchyard {
namespace {
// Capacities are sums of decimal fractions (0.1 cores); compare with a little slack.
constexpr double kSlack = 1e-9;

std::string format(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}
} // namespace

bool Resources::fits(const Resources& free) const
{
    return cpuCores <= free.cpuCores + kSlack && memoryGb <= free.memoryGb + kSlack;
}

Resources replicaResources(const VersionSpec& spec)
{
    return {spec.cpuCores, spec.memoryGb};
}

int replicasThatFit(const VersionSpec& spec, const Resources& free)
{
    const auto one = replicaResources(spec);
    const double byCpu = std::floor((free.cpuCores + kSlack) / one.cpuCores);
    const double byMemory = std::floor((free.memoryGb + kSlack) / one.memoryGb);
    return static_cast<int>(std::clamp(std::min(byCpu, byMemory), 0.0, 1.0e6));
}

Status checkModelExists(const VersionSpec& spec, const std::function<bool(const ModelRef&)>& registryHas)
{
    auto ref = parseModelRef(spec.model);
    if (!ref)
        return ref.error();
    if (!registryHas(*ref))
        return Error::badRequest("ModelNotFound",
                                 "The model '" + spec.model + "' is not in the registry; register it first.",
                                 "model");
    return {};
}

Status checkCapacity(const VersionSpec& spec, const Resources& free)
{
    const int needed = spec.minimumReplicas();
    const Resources wanted = replicaResources(spec) * needed;
    if (wanted.fits(free))
        return {};
    return Error::conflict("InsufficientCapacity",
                           std::to_string(needed) + " replica(s) need " + format(wanted.cpuCores) +
                               " cores and " + format(wanted.memoryGb) + " GB, but the cluster has only " +
                               format(std::max(0.0, free.cpuCores)) + " cores and " +
                               format(std::max(0.0, free.memoryGb)) + " GB free.",
                           spec.numReplicas ? "num_replicas" : "autoscale_min_replicas");
}

} // namespace switchyard
