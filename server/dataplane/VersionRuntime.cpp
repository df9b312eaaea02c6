#include "VersionRuntime.h"

#include <algorithm>

#include "BackgroundWriter.h"
#include "Capacity.h"
#include "ErrorResponses.h"
#include "IoPool.h"
#include "ModelDataCollector.h"
#include "ReplicaBackend.h"
#include "UpstreamCall.h"

namespace switchyard::server {

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

namespace {
constexpr size_t kIdleConnectionsPerSlot = 2;
} // namespace

VersionRuntime::VersionRuntime(asio::io_context& io, std::shared_ptr<ReplicaBackend> backend,
                               std::shared_ptr<BackgroundWriter> writer, std::string dataDir,
                               VersionSettings settings)
    : m_io(io), m_backend(std::move(backend)), m_writer(std::move(writer)), m_endpoint(settings.endpoint),
      m_name(settings.config.spec.versionName), m_dataDir(std::move(dataDir)),
      m_runsSets(m_backend->runsReplicaSets()), m_settings(std::move(settings))
{
    m_collector = std::make_unique<ModelDataCollector>(m_dataDir + "/collected/" + group(), m_writer);
    m_collect = m_settings.config.spec.collectModelData;
    m_noReadySince = Clock::now();
    m_windowStart = Clock::now();
    m_reconcileTimer = std::make_unique<asio::steady_timer>(m_io);
}

VersionRuntime::~VersionRuntime() = default;

int VersionRuntime::desiredReplicas() const
{
    std::lock_guard lock(m_mutex);
    return m_desired;
}

Resources VersionRuntime::replicaResources() const
{
    std::lock_guard lock(m_mutex);
    return switchyard::replicaResources(m_settings.config.spec);
}

int VersionRuntime::targetUtilization() const
{
    std::lock_guard lock(m_mutex);
    return m_settings.config.spec.autoscaleTargetUtilization;
}

std::shared_ptr<Replica> VersionRuntime::pickLocked()
{
    const int limit = m_settings.config.spec.replicaMaxConcurrentRequests;
    const size_t n = m_replicas.size();
    const auto now = Clock::now();
    std::shared_ptr<Replica> best;
    // Start at a rotating index so equally idle replicas share the load.
    const size_t start = n ? (m_roundRobin++ % n) : 0;
    for (size_t k = 0; k < n; ++k) {
        const auto& r = m_replicas[(start + k) % n];
        if (!servingLocked(*r, now) || r->inflight >= limit)
            continue;
        if (!best || r->inflight < best->inflight) {
            best = r;
            if (r->inflight == 0)
                break;
        }
    }
    return best;
}

bool VersionRuntime::servingLocked(const Replica& r, Clock::time_point now)
{
    // A replica that refused a connection a moment ago is left alone until the news of it arrives.
    return r.state == Replica::State::Ready && r.refusedUntil <= now;
}

bool VersionRuntime::redispatch(const std::shared_ptr<Replica>& from, ScoreJob& job)
{
    constexpr int kMaxRedispatches = 2;
    Actions actions;
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        // Its process or pod is gone; the news (an exit, a probe, a watch event) follows within moments.
        from->refusedUntil = now + std::chrono::seconds(1);
        from->idle.clear();
        const bool another = std::any_of(m_replicas.begin(), m_replicas.end(),
                                         [&](const auto& r) { return r != from && servingLocked(*r, now); });
        if (m_retired || !another || job.redispatches >= kMaxRedispatches)
            return false;
        ++job.redispatches;
        --from->inflight;
        if (from->state == Replica::State::Draining && from->inflight == 0)
            removeLocked(from, actions);
    }
    run(std::move(actions));
    // As a new request: to a replica with room, or the queue (max_request_wait_time) behind those waiting.
    submit(std::move(job));
    return true;
}

void VersionRuntime::submit(ScoreJob&& job)
{
    std::shared_ptr<Replica> replica;
    std::shared_ptr<UpstreamConnection> conn;
    {
        std::lock_guard lock(m_mutex);
        if (m_collect)
            job.collectedRequest = job.request.body().substr(
                0, std::min(job.request.body().size(), ModelDataCollector::kMaxBodyBytes));
        // Requests already waiting go first (FIFO); only when none waits may this one skip the queue.
        if (!m_retired && m_queued == 0)
            replica = pickLocked();
        if (replica) {
            ++replica->inflight;
            conn = replica->takeIdle();
        } else if (!m_retired) {
            while (!m_queue.empty() && m_queue.front()->taken)
                m_queue.pop_front();
            // The wait's timer on the caller's own event loop: arming it there wakes no other thread.
            auto* here = IoPool::current();
            auto q = std::make_shared<Queued>(here ? *here : m_io, std::move(job));
            const auto wait =
                std::chrono::milliseconds(std::max(0, m_settings.config.spec.maxRequestWaitTime));
            q->timer.expires_after(wait);
            q->timer.async_wait(
                [self = shared_from_this(), q](boost::system::error_code) { self->onQueueTimeout(q); });
            m_queue.push_back(std::move(q));
            ++m_queued;
            return;
        }
    }
    if (!replica) {
        answerError(job, scoringError(ErrorKind::ServiceUnavailable, "NoReplicaAvailable",
                                      "The version is being removed."));
        return;
    }
    launch({std::move(replica), std::move(conn), std::move(job)});
}

void VersionRuntime::launch(Dispatch&& d)
{
    std::string scorePath;
    int timeoutMs;
    {
        std::lock_guard lock(m_mutex);
        scorePath = m_settings.config.spec.inferenceConfig.scorePath;
        timeoutMs = m_settings.config.spec.scoringTimeoutMs;
    }
    auto call = std::make_shared<UpstreamCall>(m_io, shared_from_this(), std::move(d.replica),
                                               std::move(d.conn), std::move(d.job), scorePath,
                                               std::chrono::milliseconds(timeoutMs), m_name);
    call->run();
}

void VersionRuntime::drainQueueLocked(std::vector<Dispatch>& out)
{
    while (!m_queue.empty()) {
        if (m_queue.front()->taken) {
            m_queue.pop_front();
            continue;
        }
        auto replica = pickLocked();
        if (!replica)
            return;
        auto q = std::move(m_queue.front());
        m_queue.pop_front();
        q->taken = true;
        --m_queued;
        ++replica->inflight;
        auto conn = replica->takeIdle();
        // Should the timer fire anyway, it finds the request taken and does nothing.
        q->timer.cancel();
        out.push_back({std::move(replica), std::move(conn), std::move(q->job)});
    }
}

void VersionRuntime::onQueueTimeout(const std::shared_ptr<Queued>& q)
{
    {
        std::lock_guard lock(m_mutex);
        if (q->taken)
            return;
        q->taken = true;
        --m_queued;
    }
    answerError(q->job, scoringError(ErrorKind::ServiceUnavailable, "NoReplicaAvailable",
                                     "No replica was free within max_request_wait_time."));
}

void VersionRuntime::answerError(ScoreJob& job, const Error& error)
{
    auto res = errorResponse(error, job.httpVersion, job.keepAlive);
    res.set("X-Switchyard-Version", m_name);
    res.set("X-Request-Id", job.requestId);
    record(res.result_int(), Clock::now() - job.arrived);
    auto respond = std::move(job.respond);
    respond(std::move(res));
}

void VersionRuntime::record(int status, Clock::duration latency)
{
    m_requests.fetch_add(1, std::memory_order_relaxed);
    m_requestsTotal.fetch_add(1, std::memory_order_relaxed);
    if (status >= 500) {
        m_errors.fetch_add(1, std::memory_order_relaxed);
        m_errorsTotal.fetch_add(1, std::memory_order_relaxed);
    } else if (status >= 400) {
        m_clientErrors.fetch_add(1, std::memory_order_relaxed);
    }
    // An answer outside 1xx..5xx (none should be) counts as the server's failure.
    const int cls = status >= 100 && status < 600 ? status / 100 : 5;
    m_answersByClass[static_cast<size_t>(cls)].fetch_add(1, std::memory_order_relaxed);
    const auto micros = static_cast<std::uint64_t>(
        std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::microseconds>(latency).count()));
    m_latency.record(micros);
    m_durations.record(micros);
}

void VersionRuntime::onUpstreamDone(const std::shared_ptr<Replica>& replica,
                                    std::shared_ptr<UpstreamConnection> conn, int status,
                                    Clock::duration latency, const ScoreJob& job,
                                    std::string_view responseBody)
{
    record(status, latency);
    Actions actions;
    bool collect = false;
    {
        std::lock_guard lock(m_mutex);
        --replica->inflight;
        // A replica that answered is healthy: its slot's earlier failures no longer count.
        if (status > 0 && status < 500)
            if (auto slot = m_slots.find(replica->slot); slot != m_slots.end())
                slot->second.crashes = 0;
        const size_t keep =
            kIdleConnectionsPerSlot *
            static_cast<size_t>(std::max(1, m_settings.config.spec.replicaMaxConcurrentRequests));
        if (conn && replica->state == Replica::State::Ready && replica->idle.size() < keep)
            replica->idle.push_back(std::move(conn));
        if (replica->state == Replica::State::Draining && replica->inflight == 0)
            removeLocked(replica, actions);
        drainQueueLocked(actions.dispatch);
        collect = m_collect;
    }
    if (collect)
        m_collector->record(job.requestId, status, std::chrono::duration<double, std::milli>(latency).count(),
                            job.collectedRequest, responseBody);
    run(std::move(actions));
}

void VersionRuntime::run(Actions&& actions)
{
    if (actions.deploy) {
        ReplicaSetLaunch launch;
        {
            std::lock_guard lock(m_mutex);
            launch = setLaunchLocked();
        }
        m_backend->deploy(launch);
    } else if (actions.scaleTo) {
        m_backend->scale(group(), *actions.scaleTo);
    }
    for (const auto& id : actions.stop)
        m_backend->stop(id);
    for (auto& d : actions.dispatch)
        launch(std::move(d));
}

int VersionRuntime::readyLocked() const
{
    int ready = 0;
    for (const auto& r : m_replicas)
        if (r->state == Replica::State::Ready)
            ++ready;
    return ready;
}

std::array<std::uint64_t, 6> VersionRuntime::answersByClass() const
{
    std::array<std::uint64_t, 6> out{};
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = m_answersByClass[i].load(std::memory_order_relaxed);
    return out;
}

VersionStatus VersionRuntime::status() const
{
    std::lock_guard lock(m_mutex);
    return statusLocked();
}

VersionStatus VersionRuntime::statusLocked() const
{
    VersionStatus s;
    s.state = stateLocked();
    s.replicas.desired = m_desired;
    s.replicas.ready = readyLocked();
    for (const auto& r : m_replicas)
        if (r->state == Replica::State::Ready && r->inflight > 0)
            ++s.replicas.busy;
    if (s.state == "Failed")
        s.error = m_error;
    return s;
}

VersionRuntime::Tick VersionRuntime::tick(Clock::time_point now, const Resources& freeCapacity,
                                          bool secondBoundary, std::int64_t unixSeconds)
{
    Tick out;
    Actions actions;
    {
        std::lock_guard lock(m_mutex);
        const auto& spec = m_settings.config.spec;
        int busy = 0;
        const int ready = readyLocked();
        for (const auto& r : m_replicas)
            if (r->state == Replica::State::Ready && r->inflight > 0)
                ++busy;
        m_windowBusy += busy;
        m_windowQueued += m_queued;
        ++m_windowSamples;
        m_secondBusy += busy;
        m_secondQueued += m_queued;
        ++m_secondSamples;

        if (ready > 0 || m_desired == 0)
            m_noReadySince = now;
        else if (!m_failed && now - m_noReadySince > std::chrono::seconds(spec.initialDelaySeconds)) {
            m_failed = true;
            m_error = "No replica became ready within initial_delay_seconds (" +
                      std::to_string(spec.initialDelaySeconds) + " s)" +
                      (m_lastExit.empty() ? std::string(".") : "; the last one " + m_lastExit + ".");
            log("version failed: " + m_error);
        }

        // The autoscaler: only FastProd clusters, only versions without a fixed count.
        const bool autoscale =
            m_settings.autoscalerEnabled && spec.autoscaleEnabled && !spec.numReplicas && !m_retired;
        const auto window = std::chrono::seconds(std::max(1, spec.autoscaleRefreshSeconds));
        if (autoscale && now - m_windowStart >= window && m_windowSamples > 0) {
            AutoscaleInput in;
            in.currentReplicas = m_desired;
            in.readyReplicas = ready;
            in.busyReplicas = m_windowBusy / m_windowSamples;
            in.queuedRequests = m_windowQueued / m_windowSamples;
            in.minReplicas = spec.autoscaleMinReplicas;
            in.maxReplicas = spec.autoscaleMaxReplicas;
            in.targetUtilization = spec.autoscaleTargetUtilization;
            const double utilization =
                AutoscalePolicy::utilization(in.busyReplicas, in.queuedRequests, ready);
            if (utilization < spec.autoscaleTargetUtilization) {
                if (!m_belowSince)
                    m_belowSince = now;
            } else {
                m_belowSince.reset();
            }
            in.secondsBelowTarget =
                m_belowSince ? std::chrono::duration<double>(now - *m_belowSince).count() : 0.0;
            in.scaleDownDelaySeconds = m_settings.scaleDownDelaySeconds;
            in.replicasCapacityAllows = m_desired + replicasThatFit(spec, freeCapacity);
            const auto decision = AutoscalePolicy::decide(in);
            if (decision.changes(in)) {
                out.from = m_desired;
                out.scaled = decision;
                log("autoscaler: " + std::to_string(m_desired) + " -> " +
                    std::to_string(decision.desiredReplicas) + " replicas (" + decision.reason + ")");
                m_desired = decision.desiredReplicas;
                m_belowSince.reset();
                reconcileLocked(actions);
            }
            m_windowBusy = m_windowQueued = 0;
            m_windowSamples = 0;
            m_windowStart = now;
        } else if (!autoscale) {
            m_windowBusy = m_windowQueued = 0;
            m_windowSamples = 0;
            m_windowStart = now;
        }

        if (secondBoundary) {
            MetricsHistory::Sample s;
            s.t = unixSeconds;
            s.replicas = m_desired;
            s.ready = ready;
            s.busy = m_secondSamples ? m_secondBusy / m_secondSamples : 0;
            s.queued = m_secondSamples ? m_secondQueued / m_secondSamples : 0;
            s.utilization = AutoscalePolicy::utilization(s.busy, s.queued, ready);
            s.requestsPerSecond = static_cast<double>(m_requests.exchange(0, std::memory_order_relaxed));
            s.errorsPerSecond = static_cast<double>(m_errors.exchange(0, std::memory_order_relaxed));
            s.clientErrorsPerSecond =
                static_cast<double>(m_clientErrors.exchange(0, std::memory_order_relaxed));
            const auto p = m_latency.takePercentiles();
            s.p50Ms = p.p50Ms;
            s.p99Ms = p.p99Ms;
            s.hasLatency = p.count > 0;
            m_history.push(s);
            m_secondBusy = m_secondQueued = 0;
            m_secondSamples = 0;
        }

        out.state = stateLocked();
        if (out.state != m_reportedState) {
            out.stateChangedFrom = m_reportedState;
            m_reportedState = out.state;
        }
        if (out.state == "Failed")
            out.error = m_error;
    }
    run(std::move(actions));
    return out;
}

nlohmann::json VersionRuntime::metricsJson(int seconds) const
{
    return m_history.toJson(seconds, targetUtilization());
}

nlohmann::json VersionRuntime::collected(int limit) const
{
    return m_collector->newest(limit);
}

std::vector<std::pair<std::string, int>> VersionRuntime::replicaPids() const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::pair<std::string, int>> out;
    for (const auto& r : m_replicas)
        if (r->state == Replica::State::Ready || r->state == Replica::State::Starting)
            out.emplace_back(r->id, r->pid);
    return out;
}

} // namespace switchyard::server
