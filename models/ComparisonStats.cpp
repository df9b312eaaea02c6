#include "ComparisonStats.h"

#include <cmath>

#include "MetricHistory.h"

namespace switchyard::models {

WindowSummary ComparisonStats::summarize(const SampleRing& ring, int seconds, std::int64_t latest)
{
    WindowSummary s;
    double p50Weighted = 0, p99Weighted = 0, latencyWeight = 0, utilizationSum = 0;
    int utilizationCount = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const auto& x = ring.at(i);
        if (x.t <= latest - seconds || x.t > latest)
            continue;
        ++s.samples;
        // Samples are one second apart: requests/s summed over seconds is a request count.
        const double rps = std::isfinite(x.requestsPerSecond) ? x.requestsPerSecond : 0;
        s.requests += rps;
        if (std::isfinite(x.errorsPerSecond))
            s.errors += x.errorsPerSecond;
        if (rps > 0 && std::isfinite(x.latencyMsP50) && std::isfinite(x.latencyMsP99)) {
            p50Weighted += rps * x.latencyMsP50;
            p99Weighted += rps * x.latencyMsP99;
            latencyWeight += rps;
        }
        if (std::isfinite(x.utilization)) {
            utilizationSum += x.utilization;
            ++utilizationCount;
        }
    }
    s.errorRate = s.requests > 0 ? s.errors / s.requests : 0;
    s.latencyMsP50 = latencyWeight > 0 ? p50Weighted / latencyWeight : std::nan("");
    s.latencyMsP99 = latencyWeight > 0 ? p99Weighted / latencyWeight : std::nan("");
    s.meanUtilization = utilizationCount > 0 ? utilizationSum / utilizationCount : 0;
    return s;
}

ZTest ComparisonStats::twoProportionZTest(double x1, double n1, double x2, double n2, double alpha)
{
    ZTest result;
    if (n1 <= 0 || n2 <= 0)
        return result;
    const double pooled = (x1 + x2) / (n1 + n2);
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (!(se > 0))
        return result;
    result.valid = true;
    result.z = (x2 / n2 - x1 / n1) / se;
    result.pValue = std::erfc(std::fabs(result.z) / std::sqrt(2.0));
    result.significant = result.pValue < alpha;
    return result;
}

} // namespace switchyard::models
