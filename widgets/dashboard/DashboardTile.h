#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "api/HealthState.h"
#include "api/MonitorSnapshot.h"

namespace switchyard::widgets {

// What one dashboard tile shows about an endpoint (plain data; the dashboard paints it).
struct DashboardTile
{
    struct Version
    {
        std::string name;
        int effectiveTraffic = 0;
        std::optional<double> utilization; // percent, latest sample
        int targetUtilization = 70;
        bool isDefault = false;
    };

    static constexpr std::size_t kSparklineSamples = 120;

    QString endpoint;
    HealthState state = HealthState::Unknown;
    std::vector<Version> versions;
    int desiredReplicas = 0;
    int readyReplicas = 0;
    // The endpoint's busiest version's utilization over the last samples, relative to its target (1 = at
    // target), oldest first; bounded by kSparklineSamples.
    std::deque<float> load;

    // Highest utilization ÷ target over the versions (nullopt without samples).
    std::optional<double> loadNow() const;
    void appendLoad(float value);
    // The busiest version's utilization ÷ target for each second of the server's history of the endpoint
    // (GET /api/v1/monitor?seconds=N), oldest first, bounded by kSparklineSamples; seconds no version
    // has a sample for are left out.
    static std::deque<float> loadHistory(const MonitorSnapshot::Endpoint& endpoint);
};

} // namespace switchyard::widgets
