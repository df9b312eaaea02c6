#pragma once

#include <string>
#include <vector>

#include "api/MonitorSnapshot.h"

namespace switchyard::test {

// Small synthetic monitor answers for the model tests.
inline MonitorSnapshot::Version monitorVersion(const std::string& name, double rps,
                                               const std::string& state = "Healthy", double serverErrors = 0,
                                               double p99 = 10)
{
    MonitorSnapshot::Version v;
    v.name = name;
    v.state = state;
    v.requestsPerSecond = rps;
    v.serverErrorsPerSecond = serverErrors;
    v.latencyMsP50 = p99 / 3;
    v.latencyMsP99 = p99;
    v.effectivePercent = 100;
    v.utilization = 35;
    v.targetUtilization = 70;
    v.desiredReplicas = 2;
    v.readyReplicas = 2;
    return v;
}

inline MonitorSnapshot::Endpoint monitorEndpoint(const std::string& name,
                                                 std::vector<MonitorSnapshot::Version> versions)
{
    MonitorSnapshot::Endpoint e;
    e.name = name;
    e.state = "Healthy";
    e.defaultVersion = versions.empty() ? std::string() : versions.front().name;
    e.versions = std::move(versions);
    return e;
}

inline MonitorSnapshot monitorSnapshot(const std::string& time,
                                       std::vector<MonitorSnapshot::Endpoint> endpoints)
{
    MonitorSnapshot s;
    s.time = time;
    s.clusterName = "local";
    s.endpoints = std::move(endpoints);
    return s;
}

} // namespace switchyard::test
