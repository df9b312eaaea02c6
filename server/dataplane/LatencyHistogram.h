#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace switchyard::server {

// Latencies of one second, recorded lock-free from any thread: log-linear buckets (8 per power of two,
// so a percentile is within about 6 % of the truth), read and reset once a second.
class LatencyHistogram
{
public:
    struct Percentiles
    {
        double p50Ms = 0;
        double p99Ms = 0;
        std::uint64_t count = 0;
    };

    void record(std::uint64_t micros);
    Percentiles takePercentiles();

    static int bucketFor(std::uint64_t micros);
    static double bucketMicros(int bucket);
    static constexpr int kBuckets = 16 + 8 * 40;

private:
    std::array<std::atomic<std::uint32_t>, kBuckets> m_counts{};
};

} // namespace switchyard::server
