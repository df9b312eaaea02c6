#pragma once

#include <string>

namespace switchyard {

// What the autoscaler knows about one version at a decision.
struct AutoscaleInput
{
    int currentReplicas = 0;   // desired replicas now
    int readyReplicas = 0;     // replicas ready to serve
    double busyReplicas = 0;   // mean over the refresh window
    double queuedRequests = 0; // mean over the refresh window
    int minReplicas = 1;
    int maxReplicas = 10;
    int targetUtilization = 70;    // percent
    double secondsBelowTarget = 0; // how long utilization has stayed below target
    double scaleDownDelaySeconds = 60;
    int replicasCapacityAllows = 0; // current + how many more fit the free capacity
};

// Which rule decided. The reason sentence says it with its numbers; the console recognises each rule's
// sentence to translate it, and its test walks every rule.
enum class ScaleRule
{
    BelowMinimum,
    AboveMaximum,
    AboveTarget,
    BelowTargetLongEnough,
    BelowTargetWaiting,
    AtTarget,
    Count // not a rule: how many there are
};

struct AutoscaleDecision
{
    int desiredReplicas = 0;
    double utilization = 0; // percent
    bool cappedByCapacity = false;
    ScaleRule rule = ScaleRule::AtTarget;
    bool heldAtMaximum = false;
    std::string reason; // one sentence, for the event log

    bool changes(const AutoscaleInput& input) const { return desiredReplicas != input.currentReplicas; }
};

// The azureml-fe rule: eager scale-up to ceil((busy + queued) / target), conservative scale-down after
// the delay, always within [min, max] and what capacity allows.
class AutoscalePolicy
{
public:
    static double utilization(double busy, double queued, int ready);
    static AutoscaleDecision decide(const AutoscaleInput& input);
};

} // namespace switchyard
