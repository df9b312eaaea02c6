#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace switchyard::server {

// Request durations since start in fixed Prometheus buckets (1 ms .. 10 s), recorded lock-free from any
// thread. Unlike LatencyHistogram, which is emptied every second for the monitor's percentiles, this one
// only grows: Prometheus computes rates and quantiles over any window from cumulative buckets.
class DurationHistogram
{
public:
    // Upper bounds in seconds, as the `le` label writes them; +Inf follows.
    static constexpr std::array<const char*, 13> kBounds = {
        "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10"};
    static constexpr std::array<std::uint64_t, 13> kBoundMicros = {
        1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2500000, 5000000, 10000000};

    struct Snapshot
    {
        std::array<std::uint64_t, kBounds.size() + 1> cumulative{}; // the last one is +Inf, the count
        double sumSeconds = 0;
    };

    void record(std::uint64_t micros);
    Snapshot snapshot() const;

private:
    std::array<std::atomic<std::uint64_t>, kBounds.size() + 1> m_counts{};
    std::atomic<std::uint64_t> m_sumMicros{0};
};

} // namespace switchyard::server
