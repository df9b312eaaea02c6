#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"
#include "api/MetricsSeries.h"

namespace switchyard {

// GET /api/v1/monitor?seconds=N: every endpoint and version of one cluster with the figures of the last
// whole second, and (N > 0) the last N one-second samples of each version. Read tolerantly: a field that
// is missing keeps its default (a newer or older server may differ), but a field of the wrong type is an
// error. Every figure is a double (the server may write 70 or 70.0); a latency with no request in that
// second is null on the wire and NaN here. nlohmann parses numbers without the C locale, so a decimal
// comma in the user's locale never changes what is read.
struct MonitorSnapshot
{
    static constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

    struct Version
    {
        std::string name;
        std::string state; // Transitioning | Healthy | Unhealthy | Failed (healthStateFromString)
        std::optional<std::string> error;
        bool isDefault = false;
        bool isControl = false;
        double trafficPercentile = 0;
        double effectivePercent = 0;
        double requestsPerSecond = 0;
        double clientErrorsPerSecond = 0;
        double serverErrorsPerSecond = 0;
        double latencyMsP50 = kNoValue;
        double latencyMsP99 = kNoValue;
        double utilization = 0;
        double targetUtilization = 70;
        double desiredReplicas = 0;
        double readyReplicas = 0;
        double busyReplicas = 0;
        double minReplicas = 0;
        double maxReplicas = 0;
        double queuedRequests = 0;
        // Empty unless the request asked for seconds > 0; `t` in unix seconds whichever way it was written.
        MetricsSeries history;

        static Result<Version> fromJson(const nlohmann::json& json);
        nlohmann::json toJson() const;
    };

    struct Endpoint
    {
        std::string name;
        std::string state;
        std::string defaultVersion;
        std::string controlVersion;
        std::vector<Version> versions;

        static Result<Endpoint> fromJson(const nlohmann::json& json);
        nlohmann::json toJson() const;
    };

    std::string time; // RFC 3339 UTC, the second the figures are for
    int intervalSeconds = 1;
    std::string clusterName;
    std::string backend;
    std::string backendState;
    std::vector<Endpoint> endpoints;

    static Result<MonitorSnapshot> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
};

} // namespace switchyard
