#include "Capacity.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

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

std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return nlohmann::json(value).dump(); // the shortest text that parses back to the same double
}

Status validateResourceAmount(std::string_view field, double value, double max, std::string_view unit)
{
    const std::string name(field);
    if (!(value >= kResourceUnit - kSlack && value <= max))
        return Error::badRequest("InvalidValue",
                                 name + " must be between " + formatNumber(kResourceUnit) + " and " +
                                     formatNumber(max) + " " + std::string(unit) + ", not " +
                                     formatNumber(value) + ".",
                                 name);
    const double units = value / kResourceUnit;
    if (std::fabs(units - std::nearbyint(units)) > 1e-6)
        return Error::badRequest("InvalidValue",
                                 name + " must be a whole number of " + formatNumber(kResourceUnit) + " " +
                                     std::string(unit) + " (the smallest unit), not " + formatNumber(value) +
                                     ".",
                                 name);
    return {};
}

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
