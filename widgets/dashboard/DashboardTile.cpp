#include "DashboardTile.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace switchyard::widgets {

std::optional<double> DashboardTile::loadNow() const
{
    std::optional<double> worst;
    for (const auto& v : versions)
        if (v.utilization && v.targetUtilization > 0)
            worst = std::max(worst.value_or(0.0), *v.utilization / v.targetUtilization);
    return worst;
}

void DashboardTile::appendLoad(float value)
{
    load.push_back(value);
    while (load.size() > kSparklineSamples)
        load.pop_front();
}

std::deque<float> DashboardTile::loadHistory(const MonitorSnapshot::Endpoint& endpoint)
{
    std::map<std::int64_t, float> worst; // by second
    for (const auto& v : endpoint.versions) {
        const auto& h = v.history;
        const double target = h.targetUtilization > 0 ? h.targetUtilization : v.targetUtilization;
        if (target <= 0)
            continue;
        for (std::size_t i = 0; i < h.t.size() && i < h.utilization.size(); ++i) {
            if (!std::isfinite(h.utilization[i]))
                continue;
            auto& w = worst.try_emplace(h.t[i], 0.f).first->second;
            w = std::max(w, float(h.utilization[i] / target));
        }
    }
    std::deque<float> load;
    for (const auto& [second, value] : worst)
        load.push_back(value);
    while (load.size() > kSparklineSamples)
        load.pop_front();
    return load;
}

} // namespace switchyard::widgets
