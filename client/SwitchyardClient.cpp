#include "SwitchyardClient.h"

#include <cctype>

#include "HttpEngine.h"
#include "ResponseReader.h"
#include "UrlEscape.h"
#include "api/ApiFields.h"

namespace switchyard::client {
namespace {

// Route segments are validated names, but a caller may pass anything: never let it change the path.
std::string segment(const std::string& text)
{
    return escapeUrlPart(text);
}

std::string endpointPath(const std::string& endpoint)
{
    return "/api/v1/endpoints/" + segment(endpoint);
}

std::string versionPath(const std::string& endpoint, const std::string& version)
{
    return endpointPath(endpoint) + "/versions/" + segment(version);
}

} // namespace

SwitchyardClient::SwitchyardClient(ClientOptions options)
    : m_engine(std::make_unique<HttpEngine>(std::move(options)))
{}

SwitchyardClient::~SwitchyardClient() = default;

const ClientOptions& SwitchyardClient::options() const
{
    return m_engine->options();
}

namespace {

HttpRequest apiRequest(HttpEngine& engine, std::string method, std::string path)
{
    HttpRequest r;
    r.retryable = HttpRequest::idempotent(method);
    r.method = std::move(method);
    r.path = std::move(path);
    r.bearer = engine.options().adminToken;
    return r;
}

HttpRequest jsonRequest(HttpEngine& engine, std::string method, std::string path, const nlohmann::json& body)
{
    auto r = apiRequest(engine, std::move(method), std::move(path));
    r.body = body.dump();
    r.contentType = "application/json";
    return r;
}

template <class T>
RequestHandle send(HttpEngine& engine, HttpRequest request, Callback<T> done,
                   std::function<ApiResult<T>(const HttpResponse&)> read)
{
    auto state = std::make_shared<CallState>();
    engine.submit(std::move(request), state,
                  [done = std::move(done), read = std::move(read)](HttpResponse&& r) { done(read(r)); });
    return RequestHandle(state);
}

template <class T>
RequestHandle sendJson(HttpEngine& engine, HttpRequest request, Callback<T> done)
{
    return send<T>(engine, std::move(request), std::move(done), [](const HttpResponse& r) {
        return ResponseReader::readJson<T>(r, [](const nlohmann::json& j) { return T::fromJson(j); });
    });
}

RequestHandle sendNothing(HttpEngine& engine, HttpRequest request, Callback<Nothing> done)
{
    return send<Nothing>(engine, std::move(request), std::move(done), [](const HttpResponse& r) {
        return ResponseReader::read<Nothing>(
            r, [](const HttpResponse&) -> Result<Nothing> { return Nothing{}; });
    });
}

RequestHandle sendText(HttpEngine& engine, HttpRequest request, Callback<std::string> done)
{
    return send<std::string>(engine, std::move(request), std::move(done), [](const HttpResponse& r) {
        return ResponseReader::read<std::string>(
            r, [](const HttpResponse& x) -> Result<std::string> { return x.body; });
    });
}

} // namespace

RequestHandle SwitchyardClient::probeConnection(Callback<ConnectionReport> done)
{
    HttpRequest r;
    r.connectOnly = true;
    return send<ConnectionReport>(*m_engine, std::move(r), std::move(done), [](const HttpResponse& response) {
        return ApiResult<ConnectionReport>(response.connection, 0);
    });
}

RequestHandle SwitchyardClient::health(Callback<std::string> done)
{
    auto r = apiRequest(*m_engine, "GET", "/healthz");
    r.bearer.clear();
    return sendText(*m_engine, std::move(r), std::move(done));
}

RequestHandle SwitchyardClient::getCluster(Callback<ClusterInfo> done)
{
    return sendJson<ClusterInfo>(*m_engine, apiRequest(*m_engine, "GET", "/api/v1/cluster"), std::move(done));
}

RequestHandle SwitchyardClient::registerModel(const std::string& name, std::string fileBytes,
                                              Callback<ModelInfo> done)
{
    auto r = apiRequest(*m_engine, "POST", "/api/v1/models/" + segment(name));
    r.body = std::move(fileBytes);
    r.contentType = "application/octet-stream";
    return sendJson<ModelInfo>(*m_engine, std::move(r), std::move(done));
}

RequestHandle SwitchyardClient::listModels(Callback<std::vector<ModelInfo>> done)
{
    return send<std::vector<ModelInfo>>(*m_engine, apiRequest(*m_engine, "GET", "/api/v1/models"),
                                        std::move(done), [](const HttpResponse& r) {
                                            return ResponseReader::readJson<std::vector<ModelInfo>>(
                                                r, ModelInfo::listFromJson);
                                        });
}

RequestHandle SwitchyardClient::createEndpoint(const EndpointSpec& spec, Callback<EndpointInfo> done)
{
    return sendJson<EndpointInfo>(
        *m_engine, jsonRequest(*m_engine, "POST", "/api/v1/endpoints", spec.toJson()), std::move(done));
}

RequestHandle SwitchyardClient::listEndpoints(Callback<std::vector<EndpointSummary>> done)
{
    return send<std::vector<EndpointSummary>>(
        *m_engine, apiRequest(*m_engine, "GET", "/api/v1/endpoints"), std::move(done),
        [](const HttpResponse& r) {
            return ResponseReader::readJson<std::vector<EndpointSummary>>(r, EndpointSummary::listFromJson);
        });
}

RequestHandle SwitchyardClient::getEndpoint(const std::string& endpoint, Callback<EndpointInfo> done)
{
    return sendJson<EndpointInfo>(*m_engine, apiRequest(*m_engine, "GET", endpointPath(endpoint)),
                                  std::move(done));
}

RequestHandle SwitchyardClient::updateEndpoint(const std::string& endpoint, const EndpointPatch& patch,
                                               Callback<EndpointInfo> done)
{
    return sendJson<EndpointInfo>(
        *m_engine, jsonRequest(*m_engine, "PATCH", endpointPath(endpoint), patch.toJson()), std::move(done));
}

RequestHandle SwitchyardClient::deleteEndpoint(const std::string& endpoint, Callback<Nothing> done)
{
    return sendNothing(*m_engine, apiRequest(*m_engine, "DELETE", endpointPath(endpoint)), std::move(done));
}

RequestHandle SwitchyardClient::createVersion(const std::string& endpoint, const VersionSpec& spec,
                                              Callback<VersionInfo> done)
{
    return sendJson<VersionInfo>(
        *m_engine, jsonRequest(*m_engine, "POST", endpointPath(endpoint) + "/versions", spec.toJson()),
        std::move(done));
}

RequestHandle SwitchyardClient::getVersion(const std::string& endpoint, const std::string& version,
                                           Callback<VersionInfo> done)
{
    return sendJson<VersionInfo>(*m_engine, apiRequest(*m_engine, "GET", versionPath(endpoint, version)),
                                 std::move(done));
}

RequestHandle SwitchyardClient::updateVersion(const std::string& endpoint, const std::string& version,
                                              const VersionPatch& patch, Callback<VersionInfo> done)
{
    return sendJson<VersionInfo>(
        *m_engine, jsonRequest(*m_engine, "PATCH", versionPath(endpoint, version), patch.toJson()),
        std::move(done));
}

RequestHandle SwitchyardClient::deleteVersion(const std::string& endpoint, const std::string& version,
                                              Callback<Nothing> done)
{
    return sendNothing(*m_engine, apiRequest(*m_engine, "DELETE", versionPath(endpoint, version)),
                       std::move(done));
}

RequestHandle SwitchyardClient::setTraffic(const std::string& endpoint, const TrafficRequest& request,
                                           Callback<EndpointInfo> done)
{
    return sendJson<EndpointInfo>(
        *m_engine, jsonRequest(*m_engine, "PUT", endpointPath(endpoint) + "/traffic", request.toJson()),
        std::move(done));
}

RequestHandle SwitchyardClient::whoami(Callback<WhoAmI> done)
{
    return sendJson<WhoAmI>(*m_engine, apiRequest(*m_engine, "GET", "/api/v1/whoami"), std::move(done));
}

RequestHandle SwitchyardClient::listOperators(Callback<std::vector<OperatorInfo>> done)
{
    return send<std::vector<OperatorInfo>>(*m_engine, apiRequest(*m_engine, "GET", "/api/v1/operators"),
                                           std::move(done), [](const HttpResponse& r) {
                                               return ResponseReader::readJson<std::vector<OperatorInfo>>(
                                                   r, OperatorInfo::listFromJson);
                                           });
}

RequestHandle SwitchyardClient::createOperator(const std::string& name, const std::string& role,
                                               int expiresInSeconds, Callback<OperatorInfo> done)
{
    nlohmann::json body{{"name", name}, {"role", role}};
    if (expiresInSeconds > 0)
        body["expires_in_seconds"] = expiresInSeconds;
    return sendJson<OperatorInfo>(*m_engine, jsonRequest(*m_engine, "POST", "/api/v1/operators", body),
                                  std::move(done));
}

RequestHandle SwitchyardClient::deleteOperator(const std::string& name, Callback<Nothing> done)
{
    return sendNothing(*m_engine, apiRequest(*m_engine, "DELETE", "/api/v1/operators/" + segment(name)),
                       std::move(done));
}

RequestHandle SwitchyardClient::getKeys(const std::string& endpoint, Callback<KeySet> done)
{
    return sendJson<KeySet>(*m_engine, apiRequest(*m_engine, "GET", endpointPath(endpoint) + "/keys"),
                            std::move(done));
}

RequestHandle SwitchyardClient::regenerateKey(const std::string& endpoint, KeyType type,
                                              Callback<KeySet> done)
{
    return sendJson<KeySet>(*m_engine,
                            jsonRequest(*m_engine, "POST", endpointPath(endpoint) + "/keys/regenerate",
                                        {{"key_type", toString(type)}}),
                            std::move(done));
}

RequestHandle SwitchyardClient::getToken(const std::string& endpoint, Callback<AccessToken> done)
{
    return sendJson<AccessToken>(
        *m_engine,
        jsonRequest(*m_engine, "POST", endpointPath(endpoint) + "/token", nlohmann::json::object()),
        std::move(done));
}

RequestHandle SwitchyardClient::getLogs(const std::string& endpoint, const std::string& version, int tail,
                                        Callback<std::string> done)
{
    return sendText(
        *m_engine,
        apiRequest(*m_engine, "GET", versionPath(endpoint, version) + "/logs?tail=" + std::to_string(tail)),
        std::move(done));
}

RequestHandle SwitchyardClient::getMetrics(const std::string& endpoint, int seconds,
                                           Callback<MetricsPage> done)
{
    return sendJson<MetricsPage>(
        *m_engine,
        apiRequest(*m_engine, "GET", endpointPath(endpoint) + "/metrics?seconds=" + std::to_string(seconds)),
        std::move(done));
}

RequestHandle SwitchyardClient::getReplicas(const std::string& endpoint, const std::string& version,
                                            Callback<std::vector<ReplicaStatus>> done)
{
    using Replicas = std::vector<ReplicaStatus>;
    return send<Replicas>(*m_engine,
                          apiRequest(*m_engine, "GET", versionPath(endpoint, version) + "/replicas"),
                          std::move(done), [](const HttpResponse& r) {
                              return ResponseReader::readJson<Replicas>(r, [](const nlohmann::json& j) {
                                  return ApiFields::list<ReplicaStatus>(j, "replicas");
                              });
                          });
}

RequestHandle SwitchyardClient::monitor(int seconds, Callback<MonitorSnapshot> done)
{
    return sendJson<MonitorSnapshot>(
        *m_engine, apiRequest(*m_engine, "GET", "/api/v1/monitor?seconds=" + std::to_string(seconds)),
        std::move(done));
}

RequestHandle SwitchyardClient::getCollected(const std::string& endpoint, const std::string& version,
                                             int limit, Callback<std::vector<nlohmann::json>> done)
{
    using Records = std::vector<nlohmann::json>;
    auto r = apiRequest(*m_engine, "GET",
                        versionPath(endpoint, version) + "/collected?limit=" + std::to_string(limit));
    return send<Records>(*m_engine, std::move(r), std::move(done), [](const HttpResponse& x) {
        return ResponseReader::readJson<Records>(x, [](const nlohmann::json& j) -> Result<Records> {
            if (!j.is_object() || !j.contains("records") || !j["records"].is_array())
                return Error::badRequest("InvalidType", "The field 'records' must be an array.", "records");
            return j["records"].get<Records>();
        });
    });
}

RequestHandle SwitchyardClient::getPrometheusMetrics(Callback<std::string> done)
{
    return sendText(*m_engine, apiRequest(*m_engine, "GET", "/metrics"), std::move(done));
}

RequestHandle SwitchyardClient::pollEvents(std::int64_t after, int waitSeconds,
                                           const std::string& operatorName, Callback<EventPage> done)
{
    std::string path =
        "/api/v1/events?after=" + std::to_string(after) + "&wait=" + std::to_string(waitSeconds);
    if (!operatorName.empty())
        path += "&operator=" + segment(operatorName);
    auto r = apiRequest(*m_engine, "GET", path);
    r.totalTimeout = m_engine->options().totalTimeout + std::chrono::seconds(waitSeconds);
    return sendJson<EventPage>(*m_engine, std::move(r), std::move(done));
}

RequestHandle SwitchyardClient::score(const std::string& endpoint, const ScoreRequest& request,
                                      Callback<ScoreResult> done)
{
    HttpRequest r;
    r.method = "POST";
    r.path = "/score/" + segment(endpoint);
    r.body = request.body;
    r.contentType = request.contentType;
    r.bearer = request.credential;
    r.totalTimeout = request.timeout;
    if (request.version)
        r.headers.push_back("X-Switchyard-Version: " + *request.version);
    return send<ScoreResult>(*m_engine, std::move(r), std::move(done),
                             [](const HttpResponse& x) -> ApiResult<ScoreResult> {
                                 if (x.status == 0)
                                     return {ResponseReader::transportError(x), 0};
                                 ScoreResult s;
                                 s.status = x.status;
                                 s.body = x.body;
                                 s.servedBy = x.header("x-switchyard-version");
                                 s.requestId = x.header("x-request-id");
                                 s.latency = x.latency;
                                 return {std::move(s), x.status};
                             });
}

std::string toString(KeyType type)
{
    return type == KeyType::Primary ? "Primary" : "Secondary";
}

Error ScoreResult::error() const
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return ResponseReader::httpError(r);
}

} // namespace switchyard::client
