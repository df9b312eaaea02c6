#pragma once

#include <cstdint>
#include <mutex>
#include <vector>

#include <nlohmann/json.hpp>

namespace switchyard::server {

// One sample a second of one version, the last hour kept in a ring.
class MetricsHistory
{
public:
    struct Sample
    {
        std::int64_t t = 0; // unix seconds
        int replicas = 0;
        int ready = 0;
        double busy = 0;
        double queued = 0;
        double utilization = 0;
        double requestsPerSecond = 0;
        double errorsPerSecond = 0;       // 5xx answers
        double clientErrorsPerSecond = 0; // 4xx answers
        double p50Ms = 0;
        double p99Ms = 0;
        bool hasLatency = false; // a request was answered in that second (else the percentiles mean nothing)
    };

    explicit MetricsHistory(size_t capacity = 3600);

    void push(const Sample& sample);
    // The samples of the last `seconds` (oldest first), in the contract's per-version shape.
    nlohmann::json toJson(int seconds, int targetUtilization) const;
    Sample latest() const;

private:
    mutable std::mutex m_mutex;
    std::vector<Sample> m_ring;
    size_t m_next = 0;
    size_t m_size = 0;
};

} // namespace switchyard::server
