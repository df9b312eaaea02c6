#pragma once

#include <cstdint>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"

namespace switchyard {

// One version's samples in GET …/metrics: parallel arrays, one entry a sample (index i of each is the
// same moment t[i]). A missing sample (e.g. latency with no requests) reads as NaN.
struct MetricsSeries
{
    std::vector<std::int64_t> t; // unix seconds
    std::vector<double> replicas;
    std::vector<double> readyReplicas;
    std::vector<double> busyReplicas;
    std::vector<double> queuedRequests;
    std::vector<double> utilization;
    int targetUtilization = 70;
    std::vector<double> requestsPerSecond;
    std::vector<double> errorsPerSecond;
    std::vector<double> latencyMsP50;
    std::vector<double> latencyMsP99;

    std::size_t size() const { return t.size(); }

    static Result<MetricsSeries> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
};

} // namespace switchyard
