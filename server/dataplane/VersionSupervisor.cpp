// VersionRuntime, part two: the replica supervisor (start, probes, replacement, back-off, state).

#include <algorithm>
#include <atomic>
#include <optional>

#include "HttpProbe.h"
#include "ReplicaBackend.h"
#include "VersionRuntime.h"

namespace switchyard::server {

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {
constexpr auto kReadinessInterval = 150ms;
constexpr int kCrashLoopExits = 5;
constexpr auto kCrashMemory = 60s; // failures further apart than this do not add up
constexpr auto kMaxBackoff = 30s;
constexpr auto kFirstBackoff = 500ms;

int desiredFor(const VersionSettings& s, int current)
{
    const auto& spec = s.config.spec;
    if (spec.numReplicas)
        return *spec.numReplicas;
    if (!s.autoscalerEnabled || !spec.autoscaleEnabled || current <= 0)
        return spec.autoscaleMinReplicas;
    return std::clamp(current, spec.autoscaleMinReplicas, std::max(1, spec.autoscaleMaxReplicas));
}
} // namespace

void VersionRuntime::log(const std::string& line)
{
    m_backend->log(group(), "supervisor", line);
}

void VersionRuntime::start()
{
    Actions actions;
    {
        std::lock_guard lock(m_mutex);
        m_desired = desiredFor(m_settings, 0);
        log("version " + m_name + " starting with " + std::to_string(m_desired) + " replica(s)");
        if (m_runsSets) {
            m_scaledTo = m_desired;
            actions.deploy = true;
        }
        reconcileLocked(actions);
    }
    run(std::move(actions));
}

bool VersionRuntime::launchConfigDiffers(const VersionSettings& a, const VersionSettings& b) const
{
    return a.config.modelPath != b.config.modelPath ||
           a.config.spec.inferenceConfig != b.config.spec.inferenceConfig ||
           a.replicaBinary != b.replicaBinary;
}

void VersionRuntime::update(VersionSettings settings)
{
    Actions actions;
    {
        std::lock_guard lock(m_mutex);
        const bool replace = launchConfigDiffers(m_settings, settings);
        m_settings = std::move(settings);
        m_collect = m_settings.config.spec.collectModelData;
        const int desired = desiredFor(m_settings, m_desired);
        if (desired != m_desired)
            log("desired replicas " + std::to_string(m_desired) + " -> " + std::to_string(desired));
        m_desired = desired;
        if (m_runsSets) {
            // The backend compares the spec with what runs and rolls the replicas only when it changed.
            m_scaledTo = m_desired;
            actions.deploy = true;
        } else if (replace) {
            // New model or command: the old replicas finish what they hold and make way.
            log("model or command changed; replacing the replicas");
            for (const auto& r : std::vector(m_replicas))
                if (r->state == Replica::State::Starting || r->state == Replica::State::Ready) {
                    r->state = Replica::State::Draining;
                    if (r->inflight == 0)
                        removeLocked(r, actions);
                }
        }
        reconcileLocked(actions);
    }
    run(std::move(actions));
}

void VersionRuntime::retire(Retire why)
{
    Actions actions;
    std::deque<std::shared_ptr<Queued>> queue;
    {
        std::lock_guard lock(m_mutex);
        if (m_retired)
            return;
        m_retired = true;
        m_desired = 0;
        if (m_runsSets && why == Retire::ServerStopping)
            log("server stopping; the replicas keep running for its next start");
        else
            log("version " + m_name + " removed; stopping its replicas");
        if (m_runsSets) {
            // The engine stops them; each is routed no more once the backend reports it terminating.
            m_scaledTo = 0;
            m_deployProblem.clear();
        }
        reconcileLocked(actions);
        queue.swap(m_queue);
        for (auto& q : queue) {
            q->timer.cancel();
            if (q->taken)
                continue;
            q->taken = true;
            --m_queued;
        }
        m_reconcileTimer->cancel();
    }
    for (auto& q : queue)
        if (q->job.respond)
            answerError(q->job, Error{ErrorKind::ServiceUnavailable, "NoReplicaAvailable",
                                      "The version was removed while the request waited.", std::nullopt});
    if (m_runsSets && why == Retire::Removed)
        m_backend->undeploy(group());
    run(std::move(actions));
}

void VersionRuntime::removeLocked(const std::shared_ptr<Replica>& replica, Actions& actions)
{
    // Removed on purpose (scaled down, drained, replaced with a new model): its slot goes with it, unless
    // a failure made it vacant for a replacement.
    if (auto slot = m_slots.find(replica->slot); slot != m_slots.end() && !slot->second.vacant)
        m_slots.erase(slot);
    replica->state = Replica::State::Gone;
    replica->idle.clear();
    if (replica->probeTimer)
        replica->probeTimer->cancel();
    std::erase(m_replicas, replica);
    if (!m_runsSets) // a set's engine stops its own replicas
        actions.stop.push_back(replica->id);
}

void VersionRuntime::reconcileLocked(Actions& actions)
{
    if (m_runsSets)
        return reconcileSetLocked(actions);
    const auto now = Clock::now();
    int live = 0;
    for (const auto& r : m_replicas)
        if (r->state == Replica::State::Starting || r->state == Replica::State::Ready)
            ++live;
    while (live > m_desired) {
        // Prefer giving up replicas that are not serving yet, then the least busy.
        std::shared_ptr<Replica> victim;
        for (const auto& r : m_replicas) {
            if (r->state == Replica::State::Starting) {
                victim = r;
                break;
            }
            if (r->state == Replica::State::Ready && (!victim || r->inflight < victim->inflight))
                victim = r;
        }
        if (!victim)
            break;
        --live;
        log("stopping replica " + victim->id + " (scaling to " + std::to_string(m_desired) + ")");
        if (victim->inflight == 0) {
            removeLocked(victim, actions);
        } else {
            victim->state = Replica::State::Draining;
            victim->idle.clear();
        }
    }
    // Vacant slots beyond what is missing (the version scaled down meanwhile) are given up.
    int vacant = 0;
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (it->second.vacant && (m_retired || vacant >= m_desired - live)) {
            it = m_slots.erase(it);
            continue;
        }
        vacant += it->second.vacant ? 1 : 0;
        ++it;
    }
    if (live < m_desired && !m_retired) {
        // Replacements first, each once its own slot's back-off has passed; then new slots.
        std::optional<Clock::time_point> wake;
        for (auto& [index, slot] : m_slots) {
            if (!slot.vacant)
                continue;
            ++live; // started now or held back: either way this slot fills the gap
            if (now < slot.backoffUntil) {
                wake = wake ? std::min(*wake, slot.backoffUntil) : slot.backoffUntil;
                continue;
            }
            slot.vacant = false;
            ++slot.replacements;
            startReplicaLocked(index);
        }
        for (; live < m_desired; ++live) {
            const int index = m_nextSlot++;
            m_slots[index] = Slot{};
            startReplicaLocked(index);
        }
        if (wake)
            scheduleReconcile(*wake);
    }
    drainQueueLocked(actions.dispatch);
}

void VersionRuntime::scheduleReconcile(Clock::time_point when)
{
    if (m_reconcileScheduled)
        return;
    m_reconcileScheduled = true;
    m_reconcileTimer->expires_at(when);
    m_reconcileTimer->async_wait([weak = weak_from_this()](boost::system::error_code ec) {
        auto self = weak.lock();
        if (!self)
            return;
        Actions actions;
        {
            std::lock_guard lock(self->m_mutex);
            self->m_reconcileScheduled = false;
            if (ec == asio::error::operation_aborted)
                return;
            self->reconcileLocked(actions);
        }
        self->run(std::move(actions));
    });
}

void VersionRuntime::startReplicaLocked(int slot)
{
    // Replica ids are unique in the whole server, not only in their version: two endpoints may both have
    // a version "blue", and the backend's process table is keyed on the id.
    static std::atomic<unsigned long long> nextReplica{1};
    const auto& spec = m_settings.config.spec;
    ReplicaLaunch launch;
    launch.group = group();
    launch.replicaId = m_name + "-" + std::to_string(nextReplica.fetch_add(1, std::memory_order_relaxed));
    if (spec.inferenceConfig.runtime == InferenceConfig::Runtime::Builtin)
        launch.argv = {m_settings.replicaBinary};
    else
        launch.argv = spec.inferenceConfig.command;
    launch.env = spec.inferenceConfig.env;
    launch.env["MODEL_PATH"] = m_settings.config.modelPath;
    launch.onExit = [weak = weak_from_this(), id = launch.replicaId](const std::string& description) {
        if (auto self = weak.lock())
            self->onReplicaExit(id, description);
    };
    auto started = m_backend->start(launch);
    if (!started) {
        log("cannot start replica " + launch.replicaId + ": " + started.error().message);
        m_lastExit = "could not start (" + started.error().message + ")";
        registerFailureLocked(slot, "could not start");
        scheduleReconcile(m_slots[slot].backoffUntil);
        return;
    }
    auto replica = std::make_shared<Replica>();
    replica->id = launch.replicaId;
    replica->slot = slot;
    replica->endpoint = {asio::ip::make_address(started->host), started->port};
    replica->pid = started->pid;
    replica->startedAt = Clock::now();
    replica->startedWall = std::chrono::system_clock::now();
    replica->restarts = m_slots[slot].replacements;
    replica->probeTimer = std::make_unique<asio::steady_timer>(m_io);
    m_replicas.push_back(replica);
    log("started replica " + replica->id + " (pid " + std::to_string(replica->pid) + ", port " +
        std::to_string(started->port) + ")");
    scheduleProbe(replica, 50ms);
}

void VersionRuntime::scheduleProbe(const std::shared_ptr<Replica>& replica, std::chrono::milliseconds delay)
{
    replica->probeTimer->expires_after(delay);
    replica->probeTimer->async_wait([weak = weak_from_this(), weakReplica = std::weak_ptr<Replica>(replica)](
                                        boost::system::error_code ec) {
        auto self = weak.lock();
        auto replica = weakReplica.lock();
        if (ec == asio::error::operation_aborted || !self || !replica)
            return;
        self->probe(replica);
    });
}

void VersionRuntime::probe(const std::shared_ptr<Replica>& replica)
{
    std::string path;
    std::chrono::milliseconds timeout;
    asio::ip::tcp::endpoint endpoint;
    {
        std::lock_guard lock(m_mutex);
        if (replica->state != Replica::State::Starting && replica->state != Replica::State::Ready)
            return;
        path = m_settings.config.spec.inferenceConfig.healthPath;
        timeout = std::chrono::seconds(std::max(1, m_settings.config.spec.timeoutSeconds));
        endpoint = replica->endpoint;
    }
    probeHttp(m_io, endpoint, path, timeout, [weak = weak_from_this(), replica](bool ok, std::string detail) {
        if (auto self = weak.lock())
            self->onProbeResult(replica, ok, detail);
    });
}

void VersionRuntime::onProbeResult(const std::shared_ptr<Replica>& replica, bool ok,
                                   const std::string& detail)
{
    Actions actions;
    {
        std::lock_guard lock(m_mutex);
        const auto& spec = m_settings.config.spec;
        const auto period = std::chrono::seconds(std::max(1, spec.periodSeconds));
        if (replica->state == Replica::State::Starting) {
            if (ok && ++replica->probeSuccesses >= std::max(1, spec.successThreshold)) {
                replica->state = Replica::State::Ready;
                replica->probeFailures = 0;
                m_failed = false;
                m_error.clear();
                log("replica " + replica->id + " is ready");
                drainQueueLocked(actions.dispatch);
                scheduleProbe(replica, period);
            } else if (Clock::now() - replica->startedAt > std::chrono::seconds(spec.initialDelaySeconds)) {
                log("replica " + replica->id + " not ready after " +
                    std::to_string(spec.initialDelaySeconds) + " s (" + detail + "); replacing it");
                m_lastExit = "was not ready in time";
                registerFailureLocked(replica->slot, "not ready in time");
                removeLocked(replica, actions);
                reconcileLocked(actions);
            } else {
                if (!ok)
                    replica->probeSuccesses = 0;
                scheduleProbe(replica, ok ? 50ms : kReadinessInterval);
            }
        } else if (replica->state == Replica::State::Ready) {
            if (ok) {
                replica->probeFailures = 0;
            } else {
                ++replica->probeFailures;
                log("liveness probe of " + replica->id + " failed (" +
                    std::to_string(replica->probeFailures) + "/" + std::to_string(spec.failureThreshold) +
                    "): " + detail);
                if (replica->probeFailures >= std::max(1, spec.failureThreshold)) {
                    log("replacing replica " + replica->id + " after " +
                        std::to_string(replica->probeFailures) + " failed probes");
                    m_lastExit = "failed its liveness probe";
                    registerFailureLocked(replica->slot, "failed liveness probes");
                    removeLocked(replica, actions);
                    reconcileLocked(actions);
                }
            }
            if (replica->state == Replica::State::Ready)
                scheduleProbe(replica, period);
        }
    }
    run(std::move(actions));
}

void VersionRuntime::onReplicaExit(const std::string& id, const std::string& description)
{
    Actions actions;
    {
        std::lock_guard lock(m_mutex);
        auto it =
            std::find_if(m_replicas.begin(), m_replicas.end(), [&](const auto& r) { return r->id == id; });
        if (it == m_replicas.end())
            return; // stopped on purpose
        auto replica = *it;
        const bool expected = replica->state == Replica::State::Draining;
        replica->state = Replica::State::Gone;
        replica->idle.clear();
        if (replica->probeTimer)
            replica->probeTimer->cancel();
        m_replicas.erase(it);
        if (expected)
            m_slots.erase(replica->slot);
        if (!expected) {
            m_lastExit = description;
            registerFailureLocked(replica->slot, description);
            const auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::max(Clock::duration::zero(), m_slots[replica->slot].backoffUntil - Clock::now()));
            log("replica " + id + " " + description + "; restarting" +
                (delay.count() > 0 ? " in " + std::to_string(delay.count()) + " ms" : std::string()));
        }
        reconcileLocked(actions);
    }
    run(std::move(actions));
}

void VersionRuntime::registerFailureLocked(int index, const std::string& what)
{
    const auto now = Clock::now();
    auto& slot = m_slots[index];
    if (now - slot.lastFailure > kCrashMemory)
        slot.crashes = 0;
    ++slot.crashes;
    slot.lastFailure = now;
    slot.vacant = true;
    // The first replacement is immediate; repeated failures of the slot wait 0.5 s, 1 s, 2 s, … up to 30 s.
    auto delay = Clock::duration::zero();
    if (slot.crashes > 1) {
        delay = kFirstBackoff * (1 << std::min(slot.crashes - 2, 10));
        delay = std::min<Clock::duration>(delay, kMaxBackoff);
    }
    slot.backoffUntil = now + delay;
    if (slot.crashes >= kCrashLoopExits && readyLocked() == 0 && !m_failed) {
        m_failed = true;
        m_error = "The replicas keep failing (" + std::to_string(slot.crashes) +
                  " times in a row; the last one " + m_lastExit + ").";
        log("version failed: " + m_error + " (" + what + ")");
    }
}

Clock::time_point VersionRuntime::backoffEndLocked() const
{
    Clock::time_point end{};
    for (const auto& [index, slot] : m_slots)
        if (slot.vacant)
            end = std::max(end, slot.backoffUntil);
    return end;
}

std::string VersionRuntime::stateLocked() const
{
    const int ready = readyLocked();
    if (ready >= m_desired)
        return "Healthy";
    if (ready == 0)
        return m_failed ? "Failed" : "Transitioning";
    // Some are ready: replicas coming up are a transition; replacements held back by failures are not.
    int starting = 0;
    for (const auto& r : m_replicas)
        if (r->state == Replica::State::Starting)
            ++starting;
    return ready + starting >= m_desired && Clock::now() >= backoffEndLocked() ? "Transitioning"
                                                                               : "Unhealthy";
}

} // namespace switchyard::server
