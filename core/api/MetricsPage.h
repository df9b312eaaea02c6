#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"
#include "api/MetricsSeries.h"

namespace switchyard {

// GET /api/v1/endpoints/{ep}/metrics?seconds=N.
struct MetricsPage
{
    // A scaling decision shown on the charts ("ScaledUp" from 1 to 3, with the reason).
    struct Event
    {
        std::int64_t t = 0;
        std::string version;
        std::string kind;
        int from = 0;
        int to = 0;
        std::string reason;

        static Result<Event> fromJson(const nlohmann::json& json);
        nlohmann::json toJson() const;
        bool operator==(const Event&) const = default;
    };

    int intervalSeconds = 1;
    std::map<std::string, MetricsSeries> versions;
    std::vector<Event> events;

    static Result<MetricsPage> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
};

} // namespace switchyard
