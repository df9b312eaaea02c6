#pragma once

#include <cstdint>
#include <string>

namespace switchyard::models {

class SampleRing;

// What a version did over a window, summed from its one-second samples.
struct WindowSummary
{
    int samples = 0;
    double requests = 0;
    double errors = 0;
    double errorRate = 0;       // errors / requests, 0 with no requests
    double latencyMsP50 = 0;    // request-weighted mean of the per-second p50 (NaN when no requests)
    double latencyMsP99 = 0;    // request-weighted mean of the per-second p99
    double meanUtilization = 0; // percent
};

// The two-proportion z-test for "does the treatment's error rate differ from the control's".
struct ZTest
{
    bool valid = false; // false when either side has no requests or the pooled rate is 0 or 1
    double z = 0;       // positive: the treatment's rate is higher
    double pValue = 1;  // two-sided
    bool significant = false;
};

// Pure functions behind the control-vs-treatment comparison.
class ComparisonStats
{
public:
    // The samples of `ring` with t > latest - seconds, latest being the newest sample held.
    static WindowSummary summarize(const SampleRing& ring, int seconds, std::int64_t latest);
    // x errors out of n requests; `alpha` is the two-sided significance level.
    static ZTest twoProportionZTest(double controlErrors, double controlRequests, double treatmentErrors,
                                    double treatmentRequests, double alpha = 0.05);
};

} // namespace switchyard::models
