#include "NullDataPlane.h"

#include <algorithm>

#include <boost/beast/http/field.hpp>

#include "Responses.h"
#include "ScoringCredential.h"

namespace switchyard::server {

void NullDataPlane::applyEndpoint(const EndpointRuntimeConfig& config)
{
    std::lock_guard lock(m_mutex);
    m_endpoints[config.name] = config;
}

void NullDataPlane::removeEndpoint(const std::string& endpoint)
{
    std::lock_guard lock(m_mutex);
    m_endpoints.erase(endpoint);
}

std::optional<Error> NullDataPlane::admitScore(const std::string& endpoint,
                                               const boost::beast::http::request_header<>& header) const
{
    std::optional<ScoringAuth> auth;
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_endpoints.find(endpoint); it != m_endpoints.end())
            auth = it->second.auth;
    }
    if (!auth)
        return Error::notFound("There is no endpoint '" + endpoint + "'.");
    // Authenticate as the real router does, so clients see 401 before they see that nothing runs.
    if (!scoringCredentialAccepted(*auth, header))
        return Error::unauthorized("A valid key or token is required for this endpoint.");
    return std::nullopt;
}

void NullDataPlane::score(const std::string& endpoint, HttpRequest&& request, Responder respond)
{
    if (auto refusal = admitScore(endpoint, request))
        return respond(Responses::error(*refusal, request.version()));
    respond(Responses::error({ErrorKind::ServiceUnavailable, "NoReadyReplica",
                              "The endpoint '" + endpoint + "' has no ready replica.", std::nullopt},
                             request.version()));
}

VersionStatus NullDataPlane::status(const std::string& endpoint, const std::string& version) const
{
    VersionStatus status;
    std::lock_guard lock(m_mutex);
    if (const auto it = m_endpoints.find(endpoint); it != m_endpoints.end())
        for (const auto& v : it->second.versions)
            if (v.spec.versionName == version)
                status.replicas.desired = v.spec.minimumReplicas();
    return status;
}

Resources NullDataPlane::allocated() const
{
    return {};
}

std::string NullDataPlane::logs(const std::string&, const std::string&, int) const
{
    return {};
}

nlohmann::json NullDataPlane::metrics(const std::string&, int) const
{
    return {
        {"interval_seconds", 1}, {"versions", nlohmann::json::object()}, {"events", nlohmann::json::array()}};
}

std::string NullDataPlane::prometheus() const
{
    std::lock_guard lock(m_mutex);
    return "# HELP switchyard_endpoints Endpoints known to the data plane.\n# TYPE switchyard_endpoints "
           "gauge\n"
           "switchyard_endpoints " +
           std::to_string(m_endpoints.size()) + "\n";
}

std::vector<EndpointMonitor> NullDataPlane::monitor(int historySeconds) const
{
    std::vector<EndpointMonitor> out;
    std::lock_guard lock(m_mutex);
    for (const auto& [name, config] : m_endpoints) {
        EndpointMonitor endpoint{name, {}};
        for (const auto& v : config.versions) {
            VersionMonitor m;
            m.name = v.spec.versionName;
            m.isDefault = v.spec.isDefault;
            m.isControl = v.spec.isControlVersionType;
            m.trafficPercentile = v.spec.trafficPercentile;
            m.effectiveTraffic = v.effectiveTraffic;
            m.targetUtilization = v.spec.autoscaleTargetUtilization;
            m.minReplicas = v.spec.minimumReplicas();
            m.maxReplicas = v.spec.numReplicas.value_or(v.spec.autoscaleMaxReplicas);
            m.status.replicas.desired = m.minReplicas;
            if (historySeconds > 0) // nothing runs, so no sample was ever taken
                for (const char* key :
                     {"t", "replicas", "ready_replicas", "busy_replicas", "queued_requests", "utilization",
                      "requests_per_second", "errors_per_second", "latency_ms_p50", "latency_ms_p99"})
                    m.history[key] = nlohmann::json::array();
            endpoint.versions.push_back(std::move(m));
        }
        std::sort(endpoint.versions.begin(), endpoint.versions.end(),
                  [](const auto& a, const auto& b) { return a.name < b.name; });
        out.push_back(std::move(endpoint));
    }
    return out;
}

std::optional<std::vector<ReplicaDetail>> NullDataPlane::replicas(const std::string& endpoint,
                                                                  const std::string& version) const
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_endpoints.find(endpoint); it != m_endpoints.end())
        for (const auto& v : it->second.versions)
            if (v.spec.versionName == version)
                return std::vector<ReplicaDetail>{};
    return std::nullopt;
}

nlohmann::json NullDataPlane::collected(const std::string&, const std::string&, int) const
{
    return {{"records", nlohmann::json::array()}};
}

} // namespace switchyard::server
