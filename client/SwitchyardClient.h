#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ApiResult.h"
#include "ClientOptions.h"
#include "ConnectionReport.h"
#include "KeyType.h"
#include "EndpointSpec.h"
#include "RequestHandle.h"
#include "ScoreTypes.h"
#include "TrafficRequest.h"
#include "VersionPatch.h"
#include "VersionSpec.h"
#include "api/AccessToken.h"
#include "api/ClusterInfo.h"
#include "api/EndpointInfo.h"
#include "api/EndpointSummary.h"
#include "api/EventPage.h"
#include "api/KeySet.h"
#include "api/MetricsPage.h"
#include "api/ModelInfo.h"
#include "api/MonitorSnapshot.h"
#include "api/OperatorInfo.h"
#include "api/ReplicaStatus.h"
#include "api/VersionInfo.h"

namespace switchyard::client {

class HttpEngine;

template <class T>
using Callback = std::function<void(ApiResult<T>)>;

// The typed REST client: one call per route of docs/rest-api.md. Every call is asynchronous: it returns
// at once and its callback runs later, exactly once, ON THE CLIENT'S OWN THREAD (marshal to your GUI
// thread yourself) — unless the returned handle is cancelled first. Destroying the client cancels
// everything in flight without calling back. Thread-safe: calls may be made from any thread, also
// from inside a callback. Never block inside a callback (e.g. on SyncClient): it stalls every call.
class SwitchyardClient
{
public:
    explicit SwitchyardClient(ClientOptions options);
    ~SwitchyardClient();
    SwitchyardClient(const SwitchyardClient&) = delete;
    SwitchyardClient& operator=(const SwitchyardClient&) = delete;

    const ClientOptions& options() const;

    // Resolves, connects and (https) completes the TLS handshake, sending nothing: how far the way to the
    // cluster goes, for the console's connectivity check. Always a value (a failed stage is an answer).
    RequestHandle probeConnection(Callback<ConnectionReport> done);
    // Unauthenticated liveness: GET /healthz ("ok").
    RequestHandle health(Callback<std::string> done);
    RequestHandle getCluster(Callback<ClusterInfo> done);

    RequestHandle registerModel(const std::string& name, std::string fileBytes, Callback<ModelInfo> done);
    RequestHandle listModels(Callback<std::vector<ModelInfo>> done);

    RequestHandle createEndpoint(const EndpointSpec& spec, Callback<EndpointInfo> done);
    RequestHandle listEndpoints(Callback<std::vector<EndpointSummary>> done);
    RequestHandle getEndpoint(const std::string& endpoint, Callback<EndpointInfo> done);
    RequestHandle updateEndpoint(const std::string& endpoint, const EndpointPatch& patch,
                                 Callback<EndpointInfo> done);
    RequestHandle deleteEndpoint(const std::string& endpoint, Callback<Nothing> done);

    RequestHandle createVersion(const std::string& endpoint, const VersionSpec& spec,
                                Callback<VersionInfo> done);
    RequestHandle getVersion(const std::string& endpoint, const std::string& version,
                             Callback<VersionInfo> done);
    RequestHandle updateVersion(const std::string& endpoint, const std::string& version,
                                const VersionPatch& patch, Callback<VersionInfo> done);
    RequestHandle deleteVersion(const std::string& endpoint, const std::string& version,
                                Callback<Nothing> done);
    RequestHandle setTraffic(const std::string& endpoint, const TrafficRequest& request,
                             Callback<EndpointInfo> done);

    RequestHandle getKeys(const std::string& endpoint, Callback<KeySet> done);
    RequestHandle regenerateKey(const std::string& endpoint, KeyType type, Callback<KeySet> done);
    RequestHandle getToken(const std::string& endpoint, Callback<AccessToken> done);

    // text/plain: the last `tail` lines (≤ 10000) of the version's replicas and supervisor.
    RequestHandle getLogs(const std::string& endpoint, const std::string& version, int tail,
                          Callback<std::string> done);
    RequestHandle getMetrics(const std::string& endpoint, int seconds, Callback<MetricsPage> done);
    // GET …/versions/{v}/replicas: the version's replicas now (local processes or Kubernetes pods).
    RequestHandle getReplicas(const std::string& endpoint, const std::string& version,
                              Callback<std::vector<ReplicaStatus>> done);
    // GET /api/v1/monitor: the whole cluster's last second in one answer, with the last `seconds` (0..900)
    // one-second samples of every version when seconds > 0.
    RequestHandle monitor(int seconds, Callback<MonitorSnapshot> done);
    // {"records": […]} of a version with collect_model_data.
    RequestHandle getCollected(const std::string& endpoint, const std::string& version, int limit,
                               Callback<std::vector<nlohmann::json>> done);
    // GET /metrics, the Prometheus text.
    RequestHandle getPrometheusMetrics(Callback<std::string> done);

    // One long-poll: events after `after`, waiting up to `waitSeconds` (≤ 30) when there are none; only
    // those `operatorName` caused when it is not empty (the server's ?operator=).
    RequestHandle pollEvents(std::int64_t after, int waitSeconds, const std::string& operatorName,
                             Callback<EventPage> done);
    // The change feed as a subscription: long-polls forever from `after`, resuming from the last
    // `next` across connection failures and server restarts (retrying with back-off), until cancelled.
    // When the server's log is another one than the feed's pages named so far (its data dir was
    // replaced; seq started again at 1), the feed starts over from the new log's first event.
    // `onEvents` gets every non-empty page, and the first page of a new log even when it is empty
    // (compare EventPage::logId to drop what was kept); `onConnection` (optional) is told when the feed is
    // lost (connected=false, with the error) and when it is back (connected=true). With `operatorName`,
    // only the events that operator caused (the server's ?operator=; its `next` moves past the others).
    RequestHandle
    subscribeEvents(std::int64_t after, std::function<void(const EventPage&)> onEvents,
                    std::function<void(bool connected, const Error& lastError)> onConnection = {},
                    int waitSeconds = 25, const std::string& operatorName = {});

    // Operators and roles: who the credential in use is (any role), and the named operator credentials
    // (admin). createOperator's answer carries the new credential's token, this once; expiresInSeconds 0:
    // it never expires.
    RequestHandle whoami(Callback<WhoAmI> done);
    RequestHandle listOperators(Callback<std::vector<OperatorInfo>> done);
    RequestHandle createOperator(const std::string& name, const std::string& role, int expiresInSeconds,
                                 Callback<OperatorInfo> done);
    RequestHandle deleteOperator(const std::string& name, Callback<Nothing> done);

    // POST /score/{ep}. Never retried (scoring is not idempotent).
    RequestHandle score(const std::string& endpoint, const ScoreRequest& request, Callback<ScoreResult> done);

private:
    std::unique_ptr<HttpEngine> m_engine;
};

std::string toString(KeyType type);

} // namespace switchyard::client
