#include "PreparedMonitorSnapshot.h"

#include <utility>

#include "MonitorSeries.h"

namespace switchyard::models {

PreparedMonitorSnapshot prepareMonitorSnapshot(MonitorSnapshot snapshot)
{
    PreparedMonitorSnapshot out;
    out.series.reserve(snapshot.endpoints.size());
    for (const auto& endpoint : snapshot.endpoints) {
        auto& versions = out.series.emplace_back(endpoint.versions.size());
        for (std::size_t v = 0; v < endpoint.versions.size(); ++v) {
            const auto& history = endpoint.versions[v].history;
            if (history.size() == 0)
                continue;
            versions[v].requests = MonitorSeries::lastOf(history.requestsPerSecond);
            versions[v].p99 = MonitorSeries::lastOf(history.latencyMsP99);
        }
    }
    out.snapshot = std::move(snapshot);
    return out;
}

} // namespace switchyard::models
