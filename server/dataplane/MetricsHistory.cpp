#include "MetricsHistory.h"

#include <algorithm>
#include <cmath>

namespace switchyard::server {
double MetricsHistory::rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

MetricsHistory::MetricsHistory(size_t capacity) : m_ring(capacity) {}

void MetricsHistory::push(const Sample& sample)
{
    std::lock_guard lock(m_mutex);
    m_ring[m_next] = sample;
    m_next = (m_next + 1) % m_ring.size();
    m_size = std::min(m_size + 1, m_ring.size());
}

MetricsHistory::Sample MetricsHistory::latest() const
{
    std::lock_guard lock(m_mutex);
    if (m_size == 0)
        return {};
    return m_ring[(m_next + m_ring.size() - 1) % m_ring.size()];
}

nlohmann::json MetricsHistory::toJson(int seconds, int targetUtilization) const
{
    using nlohmann::json;
    json t = json::array(), replicas = json::array(), ready = json::array(), busy = json::array(),
         queued = json::array(), utilization = json::array(), rps = json::array(), eps = json::array(),
         p50 = json::array(), p99 = json::array();
    {
        std::lock_guard lock(m_mutex);
        const size_t count = std::min(m_size, static_cast<size_t>(std::max(0, seconds)));
        for (size_t i = 0; i < count; ++i) {
            const auto& s = m_ring[(m_next + m_ring.size() - count + i) % m_ring.size()];
            t.push_back(s.t);
            replicas.push_back(s.replicas);
            ready.push_back(s.ready);
            busy.push_back(rounded(s.busy));
            queued.push_back(rounded(s.queued));
            utilization.push_back(rounded(s.utilization));
            rps.push_back(rounded(s.requestsPerSecond));
            eps.push_back(rounded(s.errorsPerSecond));
            p50.push_back(rounded(s.p50Ms));
            p99.push_back(rounded(s.p99Ms));
        }
    }
    return {{"t", std::move(t)},
            {"replicas", std::move(replicas)},
            {"ready_replicas", std::move(ready)},
            {"busy_replicas", std::move(busy)},
            {"queued_requests", std::move(queued)},
            {"utilization", std::move(utilization)},
            {"target_utilization", targetUtilization},
            {"requests_per_second", std::move(rps)},
            {"errors_per_second", std::move(eps)},
            {"latency_ms_p50", std::move(p50)},
            {"latency_ms_p99", std::move(p99)}};
}

} // namespace switchyard::server
