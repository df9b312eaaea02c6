#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "AutoscalePolicy.h"
#include "DataPlane.h"
#include "DurationHistogram.h"
#include "LatencyHistogram.h"
#include "MetricsHistory.h"
#include "Replica.h"
#include "ReplicaBackend.h"

namespace switchyard::server {

class BackgroundWriter;
class ModelDataCollector;

struct VersionSettings
{
    std::string endpoint;
    VersionRuntimeConfig config;
    std::string replicaBinary;
    bool autoscalerEnabled = true;
    double scaleDownDelaySeconds = 60;
};

// One running version: its replicas (the supervisor: start, readiness and liveness probes, replacement
// with back-off, state), its share of the router (least-busy pick, the FIFO queue bounded by
// max_request_wait_time) and its figures (autoscale window, one metrics sample a second).
// One mutex guards it; it is never held across I/O, and no other version shares it.
//
// On a backend that runs whole sets (Kubernetes), the supervisor's part shrinks to saying what to run
// and how many (VersionReplicaSet.cpp); the backend's engine probes and replaces, and the replicas the
// router sends to are the ones the backend reports ready.
class VersionRuntime : public std::enable_shared_from_this<VersionRuntime>, public ReplicaSetObserver
{
public:
    VersionRuntime(boost::asio::io_context& io, std::shared_ptr<ReplicaBackend> backend,
                   std::shared_ptr<BackgroundWriter> writer, std::string dataDir, VersionSettings settings);
    ~VersionRuntime();

    const std::string& name() const { return m_name; }
    const std::string& endpoint() const { return m_endpoint; }
    std::string group() const { return m_endpoint + "/" + m_name; }

    // Starts the initial replicas.
    void start();
    // A new snapshot of the version: limits apply to the next request; a changed model or command
    // replaces the replicas.
    void update(VersionSettings settings);
    // The version is gone (or the server stops): no new requests; replicas stop once their requests are
    // answered. When the server stops, a set-running backend's replicas stay for the next start to adopt.
    enum class Retire
    {
        Removed,
        ServerStopping
    };
    void retire(Retire why = Retire::Removed);

    // The router's entry: a free replica now, else the queue.
    void submit(ScoreJob&& job);

    VersionStatus status() const;
    // Its place in the split, state and figures for GET /api/v1/monitor (history: the last N samples).
    VersionMonitor monitor(int historySeconds) const;
    // Its replicas as the router sees them, for GET …/replicas.
    std::vector<ReplicaDetail> replicaDetails() const;
    int desiredReplicas() const;
    Resources replicaResources() const;

    // Called every 100 ms by the data plane's clock. Returns a scale decision when the autoscaler
    // changed the desired count (`freeCapacity` is what the whole cluster still has free).
    struct Tick
    {
        std::optional<AutoscaleDecision> scaled;
        int from = 0;
        std::optional<std::string> stateChangedFrom; // set when the state changed since the last tick
        std::string state;
        std::optional<std::string> error;
    };
    Tick tick(std::chrono::steady_clock::time_point now, const Resources& freeCapacity, bool secondBoundary,
              std::int64_t unixSeconds);

    nlohmann::json metricsJson(int seconds) const;
    MetricsHistory::Sample latestSample() const { return m_history.latest(); }
    std::uint64_t requestsTotal() const { return m_requestsTotal.load(std::memory_order_relaxed); }
    std::uint64_t errorsTotal() const { return m_errorsTotal.load(std::memory_order_relaxed); }
    // Answers since start by status class (index 1..5: 1xx..5xx; 0 unused).
    std::array<std::uint64_t, 6> answersByClass() const;
    DurationHistogram::Snapshot durations() const { return m_durations.snapshot(); }
    int targetUtilization() const;
    nlohmann::json collected(int limit) const;
    std::vector<std::pair<std::string, int>> replicaPids() const; // id, pid (tests, diagnostics)

    // From a set-running backend (ReplicaSetObserver).
    void onReplicas(const std::vector<ObservedReplica>& replicas) override;
    void onDeployProblem(const std::string& problem) override;

    // From UpstreamCall: the request is answered (or failed); frees the slot, keeps the connection.
    void onUpstreamDone(const std::shared_ptr<Replica>& replica, std::shared_ptr<UpstreamConnection> conn,
                        int status, std::chrono::steady_clock::duration latency, const ScoreJob& job,
                        std::string_view responseBody);

    // From UpstreamCall: `from` refused the connection, so the request never reached a replica. Sends it
    // on (moving it out of `job`) as a new request when another replica is ready, and says whether it did.
    bool redispatch(const std::shared_ptr<Replica>& from, ScoreJob& job);

private:
    struct Queued
    {
        Queued(boost::asio::io_context& io, ScoreJob&& j) : job(std::move(j)), timer(io) {}
        ScoreJob job;
        boost::asio::steady_timer timer;
        bool taken = false; // dispatched or timed out; guarded by the version's mutex
    };
    struct Dispatch
    {
        std::shared_ptr<Replica> replica;
        std::shared_ptr<UpstreamConnection> conn;
        ScoreJob job;
    };

    // Routing (VersionRuntime.cpp).
    std::shared_ptr<Replica> pickLocked();
    static bool servingLocked(const Replica& r, std::chrono::steady_clock::time_point now);
    void drainQueueLocked(std::vector<Dispatch>& out);
    void launch(Dispatch&& d);
    void onQueueTimeout(const std::shared_ptr<Queued>& q);
    void answerError(ScoreJob& job, const Error& error);
    void record(int status, std::chrono::steady_clock::duration latency);

    // Supervision (VersionSupervisor.cpp).
    struct Actions
    {
        std::vector<std::string> stop;
        std::vector<Dispatch> dispatch;
        std::optional<int> scaleTo; // a set-running backend's new replica count
        bool deploy = false;        // a set-running backend gets the version's current spec
    };
    void reconcileLocked(Actions& actions);
    void startReplicaLocked(int slot);
    void scheduleProbe(const std::shared_ptr<Replica>& replica, std::chrono::milliseconds delay);
    void probe(const std::shared_ptr<Replica>& replica);
    void onProbeResult(const std::shared_ptr<Replica>& replica, bool ok, const std::string& detail);
    void onReplicaExit(const std::string& id, const std::string& description);
    void registerFailureLocked(int slot, const std::string& what);
    std::chrono::steady_clock::time_point backoffEndLocked() const;
    void removeLocked(const std::shared_ptr<Replica>& replica, Actions& actions);
    void scheduleReconcile(std::chrono::steady_clock::time_point when);
    void run(Actions&& actions);
    void log(const std::string& line);
    std::string stateLocked() const;
    VersionStatus statusLocked() const;
    int readyLocked() const;
    bool launchConfigDiffers(const VersionSettings& a, const VersionSettings& b) const;
    // A set-running backend's side (VersionReplicaSet.cpp).
    void reconcileSetLocked(Actions& actions);
    ReplicaSetLaunch setLaunchLocked();

    boost::asio::io_context& m_io;
    std::shared_ptr<ReplicaBackend> m_backend;
    std::shared_ptr<BackgroundWriter> m_writer;
    const std::string m_endpoint;
    const std::string m_name;
    std::string m_dataDir;
    std::unique_ptr<ModelDataCollector> m_collector;
    const bool m_runsSets; // the backend runs whole sets

    mutable std::mutex m_mutex;
    VersionSettings m_settings;
    std::vector<std::shared_ptr<Replica>> m_replicas;
    std::deque<std::shared_ptr<Queued>> m_queue;
    int m_queued = 0;
    int m_desired = 0;
    int m_scaledTo = -1;         // the count a set-running backend was last given
    std::string m_deployProblem; // why a set-running backend cannot run the version

    unsigned m_roundRobin = 0;
    bool m_retired = false;
    bool m_collect = false;
    // Failure accounting for back-off and Failed, per replica slot: a replica and the replacements that
    // follow it share a slot. Failures of one slot do not hold back another's replacement, and a slot
    // whose replica served a request starts again from nothing.
    struct Slot
    {
        int crashes = 0;
        std::chrono::steady_clock::time_point lastFailure{};
        std::chrono::steady_clock::time_point backoffUntil{};
        bool vacant = false;  // its replica failed; a replacement is due (after backoffUntil)
        int replacements = 0; // replicas started in it after the first
    };
    std::map<int, Slot> m_slots;
    int m_nextSlot = 0;
    std::chrono::steady_clock::time_point m_noReadySince;
    bool m_failed = false;
    std::string m_error;
    std::string m_lastExit;
    std::unique_ptr<boost::asio::steady_timer> m_reconcileTimer;
    bool m_reconcileScheduled = false;
    std::string m_reportedState;
    // Autoscale window and the per-second sample.
    double m_windowBusy = 0, m_windowQueued = 0;
    int m_windowSamples = 0;
    std::chrono::steady_clock::time_point m_windowStart;
    std::optional<std::chrono::steady_clock::time_point> m_belowSince;
    double m_secondBusy = 0, m_secondQueued = 0;
    int m_secondSamples = 0;

    std::atomic<std::uint64_t> m_requests{0}, m_errors{0}, m_clientErrors{0};
    std::array<std::atomic<std::uint64_t>, 6> m_answersByClass{};
    std::atomic<std::uint64_t> m_requestsTotal{0}, m_errorsTotal{0};
    LatencyHistogram m_latency;
    DurationHistogram m_durations;
    MetricsHistory m_history;
};

} // namespace switchyard::server
