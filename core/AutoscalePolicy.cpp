#include "AutoscalePolicy.h"

#include <algorithm>
#include <cmath>

namespace switchyard {
namespace {

// ceil that forgives floating-point dust: 2.0000000001 is 2.
int ceilTolerant(double x)
{
    return static_cast<int>(std::ceil(x - 1e-9));
}

std::string percent(double value)
{
    return std::to_string(static_cast<int>(std::lround(value))) + "%";
}

} // namespace

double AutoscalePolicy::utilization(double busy, double queued, int ready)
{
    if (ready <= 0)
        return busy + queued > 0 ? 100.0 * (busy + queued) : 0.0;
    return (busy + queued) / ready * 100.0;
}

AutoscaleDecision AutoscalePolicy::decide(const AutoscaleInput& in)
{
    AutoscaleDecision d;
    d.utilization = utilization(in.busyReplicas, in.queuedRequests, in.readyReplicas);
    d.desiredReplicas = in.currentReplicas;
    const int floor = std::max(1, in.minReplicas);
    const int ceiling = std::max(floor, in.maxReplicas);
    const int needed = std::max(
        1, ceilTolerant((in.busyReplicas + in.queuedRequests) / (std::max(1, in.targetUtilization) / 100.0)));
    const std::string util = "utilization " + percent(d.utilization);
    const std::string target = "target " + std::to_string(in.targetUtilization) + "%";

    auto capped = [&](int wanted) {
        const int allowed = std::max(in.currentReplicas, in.replicasCapacityAllows);
        if (wanted > allowed) {
            d.cappedByCapacity = true;
            return allowed;
        }
        return wanted;
    };

    if (in.currentReplicas < floor) {
        d.desiredReplicas = capped(floor);
        d.rule = ScaleRule::BelowMinimum;
        d.reason = "below the minimum of " + std::to_string(floor) + " replicas";
    } else if (in.currentReplicas > ceiling) {
        d.desiredReplicas = ceiling;
        d.rule = ScaleRule::AboveMaximum;
        d.reason = "above the maximum of " + std::to_string(ceiling) + " replicas";
    } else if (d.utilization > in.targetUtilization) {
        d.desiredReplicas = capped(std::clamp(needed, in.currentReplicas, ceiling));
        d.rule = ScaleRule::AboveTarget;
        d.reason = util + " above " + target;
        d.heldAtMaximum = d.desiredReplicas == ceiling && needed > ceiling;
        if (d.heldAtMaximum)
            d.reason += ", held at the maximum of " + std::to_string(ceiling) + " replicas";
    } else if (d.utilization < in.targetUtilization && needed < in.currentReplicas) {
        if (in.secondsBelowTarget >= in.scaleDownDelaySeconds) {
            d.desiredReplicas = std::max(floor, needed);
            d.rule = ScaleRule::BelowTargetLongEnough;
            d.reason = util + " below " + target + " for " +
                       std::to_string(static_cast<int>(in.secondsBelowTarget)) + " s";
        } else {
            d.rule = ScaleRule::BelowTargetWaiting;
            d.reason = util + " below " + target + ", waiting for the scale-down delay";
        }
    } else {
        d.rule = ScaleRule::AtTarget;
        d.reason = util + " at " + target;
    }
    if (d.cappedByCapacity)
        d.reason += ", capped by the cluster's free capacity";
    return d;
}

} // namespace switchyard
