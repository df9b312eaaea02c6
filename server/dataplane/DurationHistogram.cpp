#include "DurationHistogram.h"

#include <algorithm>

namespace switchyard::server {

void DurationHistogram::record(std::uint64_t micros)
{
    const auto bound = std::lower_bound(kBoundMicros.begin(), kBoundMicros.end(), micros);
    m_counts[static_cast<size_t>(bound - kBoundMicros.begin())].fetch_add(1, std::memory_order_relaxed);
    m_sumMicros.fetch_add(micros, std::memory_order_relaxed);
}

DurationHistogram::Snapshot DurationHistogram::snapshot() const
{
    // Read without a lock while requests record: a bucket may be one request ahead of the sum, never
    // behind an earlier bucket, so the buckets stay cumulative and +Inf equals the count.
    Snapshot s;
    std::uint64_t running = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        running += m_counts[i].load(std::memory_order_relaxed);
        s.cumulative[i] = running;
    }
    s.sumSeconds = static_cast<double>(m_sumMicros.load(std::memory_order_relaxed)) / 1e6;
    return s;
}

} // namespace switchyard::server
