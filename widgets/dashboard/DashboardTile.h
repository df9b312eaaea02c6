#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "api/HealthState.h"

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

    static constexpr std::size_t kSparklineSamples = 120; // models::DashboardFeed::kSamples

    QString endpoint;
    HealthState state = HealthState::Unknown;
    std::vector<Version> versions;
    int desiredReplicas = 0;
    int readyReplicas = 0;
    // The endpoint's busiest version's utilization over the last seconds, relative to its target (1 = at
    // target), oldest first; at most kSparklineSamples (models::DashboardFeed keeps it).
    std::deque<float> load;

    // Highest utilization ÷ target over the versions (nullopt without samples).
    std::optional<double> loadNow() const;
};

} // namespace switchyard::widgets
