#pragma once

#include <map>
#include <mutex>
#include <string>

#include "DataPlane.h"

namespace switchyard::server {

// A data plane that runs nothing: every version stays Transitioning with no ready replica and scoring
// answers 503. Used until (or when built without) the local data plane.
class NullDataPlane final : public DataPlane
{
public:
    void applyEndpoint(const EndpointRuntimeConfig& config) override;
    void removeEndpoint(const std::string& endpoint) override;
    std::optional<Error> admitScore(const std::string& endpoint,
                                    const boost::beast::http::request_header<>& header) const override;
    void score(const std::string& endpoint, HttpRequest&& request, Responder respond) override;
    VersionStatus status(const std::string& endpoint, const std::string& version) const override;
    Resources allocated() const override;
    std::string logs(const std::string& endpoint, const std::string& version, int tail) const override;
    nlohmann::json metrics(const std::string& endpoint, int seconds) const override;
    std::string prometheus() const override;
    std::vector<EndpointMonitor> monitor(int historySeconds) const override;
    std::optional<std::vector<ReplicaDetail>> replicas(const std::string& endpoint,
                                                       const std::string& version) const override;
    nlohmann::json collected(const std::string& endpoint, const std::string& version,
                             int limit) const override;
    void stop() override {}

private:
    mutable std::mutex m_mutex;
    std::map<std::string, EndpointRuntimeConfig> m_endpoints;
};

} // namespace switchyard::server
