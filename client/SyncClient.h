#pragma once

#include "SwitchyardClient.h"

namespace switchyard::client {

// Blocking calls for the CLI and tests ONLY (never on a GUI thread, never inside a client callback).
// Each waits for the asynchronous call of the same name on the wrapped client.
class SyncClient
{
public:
    explicit SyncClient(SwitchyardClient& client) : m_client(client) {}

    SwitchyardClient& async() { return m_client; }

    ApiResult<std::string> health();
    ApiResult<ClusterInfo> getCluster();
    ApiResult<ModelInfo> registerModel(const std::string& name, std::string fileBytes);
    ApiResult<std::vector<ModelInfo>> listModels();
    ApiResult<EndpointInfo> createEndpoint(const EndpointSpec& spec);
    ApiResult<std::vector<EndpointSummary>> listEndpoints();
    ApiResult<EndpointInfo> getEndpoint(const std::string& endpoint);
    ApiResult<EndpointInfo> updateEndpoint(const std::string& endpoint, const EndpointPatch& patch);
    ApiResult<Nothing> deleteEndpoint(const std::string& endpoint);
    ApiResult<VersionInfo> createVersion(const std::string& endpoint, const VersionSpec& spec);
    ApiResult<VersionInfo> getVersion(const std::string& endpoint, const std::string& version);
    ApiResult<VersionInfo> updateVersion(const std::string& endpoint, const std::string& version,
                                         const VersionPatch& patch);
    ApiResult<Nothing> deleteVersion(const std::string& endpoint, const std::string& version);
    ApiResult<EndpointInfo> setTraffic(const std::string& endpoint, const TrafficRequest& request);
    ApiResult<KeySet> getKeys(const std::string& endpoint);
    ApiResult<KeySet> regenerateKey(const std::string& endpoint, KeyType type);
    ApiResult<AccessToken> getToken(const std::string& endpoint);
    ApiResult<std::string> getLogs(const std::string& endpoint, const std::string& version, int tail);
    ApiResult<MetricsPage> getMetrics(const std::string& endpoint, int seconds);
    ApiResult<std::vector<ReplicaStatus>> getReplicas(const std::string& endpoint,
                                                      const std::string& version);
    ApiResult<std::vector<nlohmann::json>> getCollected(const std::string& endpoint,
                                                        const std::string& version, int limit);
    ApiResult<std::string> getPrometheusMetrics();
    ApiResult<EventPage> pollEvents(std::int64_t after, int waitSeconds,
                                    const std::string& operatorName = {});
    ApiResult<ScoreResult> score(const std::string& endpoint, const ScoreRequest& request);

    ApiResult<WhoAmI> whoami();
    ApiResult<std::vector<OperatorInfo>> listOperators();
    ApiResult<OperatorInfo> createOperator(const std::string& name, const std::string& role,
                                           int expiresInSeconds);
    ApiResult<Nothing> deleteOperator(const std::string& name);

private:
    SwitchyardClient& m_client;
};

} // namespace switchyard::client
