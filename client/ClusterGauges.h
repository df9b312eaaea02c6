#pragma once

#include <map>
#include <string>
#include <string_view>

namespace switchyard::client {

// The latest second of every version of a cluster, read from the server's Prometheus text (GET /metrics):
// one request a second answers for all endpoints, where the per-endpoint metrics route would take one per
// endpoint. Unknown families and malformed lines are skipped (newer servers may add families).
class ClusterGauges
{
public:
    struct Version
    {
        double replicas = 0;
        double readyReplicas = 0;
        double busyReplicas = 0;
        double queuedRequests = 0;
        double utilization = 0;
        double targetUtilization = 0;
        double requestsPerSecond = 0;
    };
    using Endpoint = std::map<std::string, Version>; // by version name

    static ClusterGauges fromPrometheusText(std::string_view text);

    const std::map<std::string, Endpoint>& endpoints() const { return m_endpoints; }
    const Endpoint* endpoint(const std::string& name) const;

private:
    std::map<std::string, Endpoint> m_endpoints;
};

} // namespace switchyard::client
