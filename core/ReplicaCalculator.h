#pragma once

namespace switchyard {

// The seed's calculator: replicas = ceil(target_rps × request_seconds ÷ (target ÷ 100) ÷ max_concurrent).
class ReplicaCalculator
{
public:
    static int replicas(double targetRps, double requestSeconds, int targetUtilizationPercent,
                        int maxConcurrentRequests);
};

} // namespace switchyard
