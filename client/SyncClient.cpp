#include "SyncClient.h"

#include <future>

namespace switchyard::client {
namespace {

template <class T, class Start>
ApiResult<T> wait(Start&& start)
{
    auto promise = std::make_shared<std::promise<ApiResult<T>>>();
    auto future = promise->get_future();
    start([promise](ApiResult<T> result) { promise->set_value(std::move(result)); });
    return future.get();
}

} // namespace

#define SY_WAIT(T, CALL) wait<T>([&](Callback<T> done) { return m_client.CALL; })

ApiResult<std::string> SyncClient::health()
{
    return SY_WAIT(std::string, health(std::move(done)));
}
ApiResult<ClusterInfo> SyncClient::getCluster()
{
    return SY_WAIT(ClusterInfo, getCluster(std::move(done)));
}
ApiResult<ModelInfo> SyncClient::registerModel(const std::string& name, std::string fileBytes)
{
    return SY_WAIT(ModelInfo, registerModel(name, std::move(fileBytes), std::move(done)));
}
ApiResult<std::vector<ModelInfo>> SyncClient::listModels()
{
    return SY_WAIT(std::vector<ModelInfo>, listModels(std::move(done)));
}
ApiResult<EndpointInfo> SyncClient::createEndpoint(const EndpointSpec& spec)
{
    return SY_WAIT(EndpointInfo, createEndpoint(spec, std::move(done)));
}
ApiResult<std::vector<EndpointSummary>> SyncClient::listEndpoints()
{
    return SY_WAIT(std::vector<EndpointSummary>, listEndpoints(std::move(done)));
}
ApiResult<EndpointInfo> SyncClient::getEndpoint(const std::string& endpoint)
{
    return SY_WAIT(EndpointInfo, getEndpoint(endpoint, std::move(done)));
}
ApiResult<EndpointInfo> SyncClient::updateEndpoint(const std::string& endpoint, const EndpointPatch& patch)
{
    return SY_WAIT(EndpointInfo, updateEndpoint(endpoint, patch, std::move(done)));
}
ApiResult<Nothing> SyncClient::deleteEndpoint(const std::string& endpoint)
{
    return SY_WAIT(Nothing, deleteEndpoint(endpoint, std::move(done)));
}
ApiResult<VersionInfo> SyncClient::createVersion(const std::string& endpoint, const VersionSpec& spec)
{
    return SY_WAIT(VersionInfo, createVersion(endpoint, spec, std::move(done)));
}
ApiResult<VersionInfo> SyncClient::getVersion(const std::string& endpoint, const std::string& version)
{
    return SY_WAIT(VersionInfo, getVersion(endpoint, version, std::move(done)));
}
ApiResult<VersionInfo> SyncClient::updateVersion(const std::string& endpoint, const std::string& version,
                                                 const VersionPatch& patch)
{
    return SY_WAIT(VersionInfo, updateVersion(endpoint, version, patch, std::move(done)));
}
ApiResult<Nothing> SyncClient::deleteVersion(const std::string& endpoint, const std::string& version)
{
    return SY_WAIT(Nothing, deleteVersion(endpoint, version, std::move(done)));
}
ApiResult<EndpointInfo> SyncClient::setTraffic(const std::string& endpoint, const TrafficRequest& request)
{
    return SY_WAIT(EndpointInfo, setTraffic(endpoint, request, std::move(done)));
}
ApiResult<KeySet> SyncClient::getKeys(const std::string& endpoint)
{
    return SY_WAIT(KeySet, getKeys(endpoint, std::move(done)));
}
ApiResult<KeySet> SyncClient::regenerateKey(const std::string& endpoint, KeyType type)
{
    return SY_WAIT(KeySet, regenerateKey(endpoint, type, std::move(done)));
}
ApiResult<AccessToken> SyncClient::getToken(const std::string& endpoint)
{
    return SY_WAIT(AccessToken, getToken(endpoint, std::move(done)));
}
ApiResult<std::string> SyncClient::getLogs(const std::string& endpoint, const std::string& version, int tail)
{
    return SY_WAIT(std::string, getLogs(endpoint, version, tail, std::move(done)));
}
ApiResult<MetricsPage> SyncClient::getMetrics(const std::string& endpoint, int seconds)
{
    return SY_WAIT(MetricsPage, getMetrics(endpoint, seconds, std::move(done)));
}
ApiResult<std::vector<ReplicaStatus>> SyncClient::getReplicas(const std::string& endpoint,
                                                              const std::string& version)
{
    return SY_WAIT(std::vector<ReplicaStatus>, getReplicas(endpoint, version, std::move(done)));
}
ApiResult<std::vector<nlohmann::json>> SyncClient::getCollected(const std::string& endpoint,
                                                                const std::string& version, int limit)
{
    return SY_WAIT(std::vector<nlohmann::json>, getCollected(endpoint, version, limit, std::move(done)));
}
ApiResult<std::string> SyncClient::getPrometheusMetrics()
{
    return SY_WAIT(std::string, getPrometheusMetrics(std::move(done)));
}
ApiResult<EventPage> SyncClient::pollEvents(std::int64_t after, int waitSeconds,
                                            const std::string& operatorName)
{
    return SY_WAIT(EventPage, pollEvents(after, waitSeconds, operatorName, std::move(done)));
}
ApiResult<ScoreResult> SyncClient::score(const std::string& endpoint, const ScoreRequest& request)
{
    return SY_WAIT(ScoreResult, score(endpoint, request, std::move(done)));
}

ApiResult<WhoAmI> SyncClient::whoami()
{
    return SY_WAIT(WhoAmI, whoami(std::move(done)));
}
ApiResult<std::vector<OperatorInfo>> SyncClient::listOperators()
{
    return SY_WAIT(std::vector<OperatorInfo>, listOperators(std::move(done)));
}
ApiResult<OperatorInfo> SyncClient::createOperator(const std::string& name, const std::string& role,
                                                   int expiresInSeconds)
{
    return SY_WAIT(OperatorInfo, createOperator(name, role, expiresInSeconds, std::move(done)));
}
ApiResult<Nothing> SyncClient::deleteOperator(const std::string& name)
{
    return SY_WAIT(Nothing, deleteOperator(name, std::move(done)));
}

#undef SY_WAIT

} // namespace switchyard::client
