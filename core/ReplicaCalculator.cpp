#include "ReplicaCalculator.h"

#include <cmath>

namespace switchyard {

int ReplicaCalculator::replicas(double targetRps, double requestSeconds, int targetUtilizationPercent,
                                int maxConcurrentRequests)
{
    if (targetRps <= 0 || requestSeconds <= 0 || targetUtilizationPercent <= 0 || maxConcurrentRequests <= 0)
        return 0;
    const double concurrent = targetRps * requestSeconds / (targetUtilizationPercent / 100.0);
    return static_cast<int>(std::ceil(concurrent / maxConcurrentRequests - 1e-9));
}

} // namespace switchyard
