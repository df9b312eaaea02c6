#include "LatencyHistogram.h"

#include <bit>

namespace switchyard::server {

int LatencyHistogram::bucketFor(std::uint64_t micros)
{
    if (micros < 16)
        return static_cast<int>(micros);
    const int exponent = 63 - std::countl_zero(micros); // ≥ 4
    const int sub = static_cast<int>((micros >> (exponent - 3)) & 7);
    const int bucket = 16 + (exponent - 4) * 8 + sub;
    return bucket < kBuckets ? bucket : kBuckets - 1;
}

double LatencyHistogram::bucketMicros(int bucket)
{
    if (bucket < 16)
        return bucket;
    const int exponent = (bucket - 16) / 8 + 4;
    const int sub = (bucket - 16) % 8;
    const double low = static_cast<double>(std::uint64_t(8 + sub) << (exponent - 3));
    const double width = static_cast<double>(std::uint64_t(1) << (exponent - 3));
    return low + width / 2;
}

void LatencyHistogram::record(std::uint64_t micros)
{
    m_counts[bucketFor(micros)].fetch_add(1, std::memory_order_relaxed);
}

LatencyHistogram::Percentiles LatencyHistogram::takePercentiles()
{
    std::array<std::uint32_t, kBuckets> counts;
    Percentiles p;
    for (int i = 0; i < kBuckets; ++i) {
        counts[i] = m_counts[i].exchange(0, std::memory_order_relaxed);
        p.count += counts[i];
    }
    if (p.count == 0)
        return p;
    const std::uint64_t rank50 = (p.count * 50 + 99) / 100;
    const std::uint64_t rank99 = (p.count * 99 + 99) / 100;
    std::uint64_t seen = 0;
    bool have50 = false;
    for (int i = 0; i < kBuckets; ++i) {
        seen += counts[i];
        if (!have50 && seen >= rank50) {
            p.p50Ms = bucketMicros(i) / 1000.0;
            have50 = true;
        }
        if (seen >= rank99) {
            p.p99Ms = bucketMicros(i) / 1000.0;
            break;
        }
    }
    return p;
}

} // namespace switchyard::server
