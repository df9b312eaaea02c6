#pragma once

// The contract between the management side of switchyard-server (HTTP listener, API, store, auth)
// and the data plane (replicas, scoring router, autoscaler, metrics). The management side owns the
// truth (the store); it pushes a full snapshot of an endpoint here on every change, and the data
// plane makes the running system match it. All methods are thread-safe and never block on I/O.

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/beast/http/message.hpp>
#include <nlohmann/json.hpp>

#include "Capacity.h"
#include "EndpointSpec.h"
#include "HttpMessage.h"
#include "VersionSpec.h"

namespace switchyard::server {

// How a scoring request proves itself for one endpoint. Token checks are delegated to the management
// side (it owns the signing secret); keys are compared in constant time by the router.
struct ScoringAuth
{
    AuthMode mode = AuthMode::Key;
    std::string primaryKey;
    std::string secondaryKey;
    std::function<bool(std::string_view bearer)> verifyToken; // for AuthMode::Token
};

struct VersionRuntimeConfig
{
    VersionSpec spec;
    std::string modelPath;    // absolute path of the model file (named by its sha256)
    std::string modelSha256;  // its hex SHA-256 (what a model credential names); empty without a model
    int effectiveTraffic = 0; // percent, rule 3 applied; all versions of an endpoint sum to 100
};

struct EndpointRuntimeConfig
{
    std::string name;
    ScoringAuth auth;
    std::vector<VersionRuntimeConfig> versions;
};

struct ReplicaCounts
{
    int desired = 0;
    int ready = 0;
    int busy = 0;
};

struct VersionStatus
{
    std::string state = "Transitioning"; // Transitioning | Healthy | Unhealthy | Failed
    ReplicaCounts replicas;
    std::optional<std::string> error; // a sentence when Failed
};

// The figures of one version for its last whole second.
struct VersionFigures
{
    std::int64_t t = 0; // unix seconds of the sample
    double requestsPerSecond = 0;
    double clientErrorsPerSecond = 0; // 4xx answers
    double serverErrorsPerSecond = 0; // 5xx answers, the router's own 502/503/504 included
    std::optional<double> p50Ms;      // none when no request was answered in that second
    std::optional<double> p99Ms;
    double utilization = 0;
    double queued = 0;
};

// One version as GET /api/v1/monitor shows it: its place in the split, its state and its figures, all from
// what the data plane keeps anyway (no store access), so one answer for every endpoint stays cheap.
struct VersionMonitor
{
    std::string name;
    bool isDefault = false;
    bool isControl = false;
    int trafficPercentile = 0;
    int effectiveTraffic = 0;
    int targetUtilization = 0;
    int minReplicas = 0;
    int maxReplicas = 0;
    VersionStatus status; // with `error` for Unhealthy too: what keeps replicas from being ready
    VersionFigures figures;
    nlohmann::json history; // the …/metrics shape of the last N seconds; null when none was asked
};

struct EndpointMonitor
{
    std::string name;
    std::vector<VersionMonitor> versions; // sorted by name
};

// One replica of a version, for GET …/versions/{v}/replicas.
struct ReplicaDetail
{
    std::string id;
    std::string address; // host:port
    std::string state;   // Starting | Ready | Draining | Terminating
    int inflight = 0;
    int restarts = 0;
    std::int64_t startedAtUnixMs = 0;
};

// What the data plane reports for the event log: StateChanged, ScaledUp, ScaledDown.
struct DataPlaneEvent
{
    std::string endpoint;
    std::string version;
    std::string kind;
    nlohmann::json detail;
};

// Where the Kubernetes backend finds its API server and what it runs there (--backend kubernetes).
struct KubernetesOptions
{
    std::string kubeconfig; // empty: in-cluster, else $KUBECONFIG, else ~/.kube/config
    std::string context;    // empty: the kubeconfig's current context
    std::string
        namespaceName;        // empty: the pod's own namespace in a cluster, else the context's, else default
    std::string replicaImage; // the image that holds switchyard-replica
    std::string clusterName;  // the switchyard.io/cluster label
};

struct DataPlaneOptions
{
    std::string dataDir;
    std::string replicaBinary; // path of switchyard-replica
    Resources capacity;
    bool autoscalerEnabled = true; // false on a DevTest cluster
    std::chrono::seconds scaleDownDelay{60};
    std::function<void(DataPlaneEvent)> onEvent; // called from data-plane threads
    std::string backend = "local";               // local | kubernetes
    KubernetesOptions kubernetes;
    // The URL replicas reach this server at (the Kubernetes backend's pods fetch their model there); asked
    // when a version is deployed, so it may name the port the listener bound after the data plane began.
    std::function<std::string()> advertiseUrl;
    // A credential for GET /api/v1/replica/model that fetches this version's model while it is this file
    // (valid one hour; see ModelCredential), for replicas that cannot read the data dir (pods). The data
    // plane never sees the signing secret. Thread-safe.
    std::function<std::string(const std::string& endpoint, const std::string& version,
                              const std::string& modelSha256)>
        issueModelCredential;
};

// Which engine runs the replicas, for GET /api/v1/cluster.
struct BackendStatus
{
    std::string backend = "local";
    std::string namespaceName; // empty on the local backend
    bool degraded = false;
    std::string message; // why, when degraded
};

class DataPlane
{
public:
    virtual ~DataPlane() = default;

    // Creates or updates an endpoint: starts/stops replicas, swaps the routing table atomically.
    virtual void applyEndpoint(const EndpointRuntimeConfig& config) = 0;
    // Stops its replicas; its keys stop working at once.
    virtual void removeEndpoint(const std::string& endpoint) = 0;

    // Before the body of POST /score/{ep} is read: the answer when there is no such endpoint or the header
    // holds no valid credential for it; nothing when the request may go on.
    virtual std::optional<Error> admitScore(const std::string& endpoint,
                                            const boost::beast::http::request_header<>& header) const = 0;
    // POST /score/{ep}: authenticates, routes by the split or X-Switchyard-Version, answers via respond.
    virtual void score(const std::string& endpoint, HttpRequest&& request, Responder respond) = 0;

    virtual VersionStatus status(const std::string& endpoint, const std::string& version) const = 0;
    // Resources the running versions hold (desired replicas × cpu/memory).
    virtual Resources allocated() const = 0;
    // text/plain, the last `tail` lines of the version's replicas and supervisor.
    virtual std::string logs(const std::string& endpoint, const std::string& version, int tail) const = 0;
    // The body of GET …/metrics?seconds=N (see rest-api.md).
    virtual nlohmann::json metrics(const std::string& endpoint, int seconds) const = 0;
    // Prometheus text exposition for GET /metrics.
    virtual std::string prometheus() const = 0;
    // Every endpoint the data plane runs, sorted by name, with `historySeconds` (0: none) of samples.
    virtual std::vector<EndpointMonitor> monitor(int historySeconds) const = 0;
    // The version's replicas; nothing when the data plane has no such version.
    virtual std::optional<std::vector<ReplicaDetail>> replicas(const std::string& endpoint,
                                                               const std::string& version) const = 0;
    // Collected request/response records for GET …/collected?limit=N.
    virtual nlohmann::json collected(const std::string& endpoint, const std::string& version,
                                     int limit) const = 0;

    // Which engine runs the replicas and whether it can reach it (GET /api/v1/cluster).
    virtual BackendStatus backendStatus() const { return {}; }
    // The management side has applied every endpoint the store knows (at start, before serving):
    // replicas the backend finds for anything else are orphans it may remove.
    virtual void synced() {}

    virtual void stop() = 0;
};

} // namespace switchyard::server
