// VersionRuntime, part three: the version on a backend that runs whole sets (a Kubernetes Deployment).
// The backend's engine starts, probes and replaces the replicas; this side says how many, and keeps the
// router's view (which replicas are ready, which are on their way out) in step with what it reports.

#include <algorithm>
#include <utility>

#include "VersionRuntime.h"

namespace switchyard::server {

namespace asio = boost::asio;

ReplicaSetLaunch VersionRuntime::setLaunchLocked()
{
    ReplicaSetLaunch launch;
    launch.endpoint = m_endpoint;
    launch.spec = m_settings.config.spec;
    launch.modelPath = m_settings.config.modelPath;
    launch.desired = m_desired;
    launch.observer =
        std::weak_ptr<ReplicaSetObserver>(std::static_pointer_cast<ReplicaSetObserver>(shared_from_this()));
    return launch;
}

void VersionRuntime::reconcileSetLocked(Actions& actions)
{
    if (m_desired != m_scaledTo && !actions.deploy) {
        m_scaledTo = m_desired;
        actions.scaleTo = m_desired;
    }
    drainQueueLocked(actions.dispatch);
}

void VersionRuntime::onReplicas(const std::vector<ObservedReplica>& observed)
{
    Actions actions;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& seen : observed) {
            if (seen.host.empty() || seen.port == 0)
                continue; // not scheduled yet: nothing to send to
            auto it = std::find_if(m_replicas.begin(), m_replicas.end(),
                                   [&](const auto& r) { return r->id == seen.id; });
            std::shared_ptr<Replica> replica = it == m_replicas.end() ? nullptr : *it;
            if (!replica) {
                if (seen.terminating || m_retired)
                    continue;
                boost::system::error_code ec;
                const auto address = asio::ip::make_address(seen.host, ec);
                if (ec)
                    continue;
                replica = std::make_shared<Replica>();
                replica->id = seen.id;
                replica->endpoint = {address, seen.port};
                replica->startedAt = std::chrono::steady_clock::now();
                replica->startedWall = seen.startedAtUnixMs > 0
                                           ? std::chrono::system_clock::time_point(
                                                 std::chrono::milliseconds(seen.startedAtUnixMs))
                                           : std::chrono::system_clock::now();
                m_replicas.push_back(replica);
                log("replica " + seen.id + " at " + seen.host + ":" + std::to_string(seen.port));
            }
            replica->restarts = seen.restarts;
            if (seen.terminating || m_retired) {
                // Kubernetes chose it for removal: no new requests; those in flight finish.
                if (replica->state != Replica::State::Draining) {
                    replica->state = Replica::State::Draining;
                    replica->idle.clear();
                    log("replica " + seen.id + " is terminating");
                }
                if (replica->inflight == 0)
                    removeLocked(replica, actions);
            } else if (seen.ready && replica->state != Replica::State::Ready) {
                log("replica " + seen.id + " is ready");
                replica->state = Replica::State::Ready;
            } else if (!seen.ready && replica->state == Replica::State::Ready) {
                log("replica " + seen.id + " is no longer ready");
                replica->state = Replica::State::Starting;
                replica->idle.clear();
            }
        }
        // Gone from the backend's list: gone. Requests still on it end with the connection.
        for (const auto& r : std::vector(m_replicas)) {
            const bool listed = std::any_of(observed.begin(), observed.end(),
                                            [&](const auto& seen) { return seen.id == r->id; });
            if (!listed) {
                log("replica " + r->id + " is gone");
                removeLocked(r, actions);
            }
        }
        if (readyLocked() > 0) {
            m_failed = !m_deployProblem.empty();
            if (!m_failed)
                m_error.clear();
        } else if (!m_retired && m_desired > 0) {
            for (const auto& seen : observed)
                if (!seen.problem.empty() && !seen.terminating) {
                    const std::string error = "Replica " + seen.id + ": " + seen.problem;
                    if (!m_failed || m_error != error)
                        log("version failed: " + error);
                    m_failed = true;
                    m_error = error;
                    break;
                }
        }
        drainQueueLocked(actions.dispatch);
    }
    run(std::move(actions));
}

void VersionRuntime::onDeployProblem(const std::string& problem)
{
    std::lock_guard lock(m_mutex);
    if (problem == m_deployProblem)
        return;
    const std::string previous = std::exchange(m_deployProblem, problem);
    if (!problem.empty()) {
        log("cannot deploy: " + problem);
        m_failed = true;
        m_error = problem;
    } else if (m_error == previous || readyLocked() > 0) {
        m_failed = false;
        m_error.clear();
    }
}

} // namespace switchyard::server
