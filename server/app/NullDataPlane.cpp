#include "NullDataPlane.h"

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

nlohmann::json NullDataPlane::collected(const std::string&, const std::string&, int) const
{
    return {{"records", nlohmann::json::array()}};
}

} // namespace switchyard::server
