// VersionRuntime, part four: what the version reports of itself to the monitor and the replicas route,
// read from the state the router and the supervisor keep anyway (nothing is walked but its replicas).

#include <algorithm>
#include <cmath>

#include "VersionRuntime.h"

namespace switchyard::server {

namespace {

double twoDecimals(double v)
{
    return std::round(v * 100.0) / 100.0;
}

const char* replicaStateName(Replica::State state)
{
    switch (state) {
    case Replica::State::Starting:
        return "Starting";
    case Replica::State::Ready:
        return "Ready";
    case Replica::State::Draining:
        return "Draining";
    case Replica::State::Gone:
        break;
    }
    return "Terminating";
}

} // namespace

VersionMonitor VersionRuntime::monitor(int historySeconds) const
{
    VersionMonitor m;
    m.name = m_name;
    {
        std::lock_guard lock(m_mutex);
        const auto& spec = m_settings.config.spec;
        m.isDefault = spec.isDefault;
        m.isControl = spec.isControlVersionType;
        m.trafficPercentile = spec.trafficPercentile;
        m.effectiveTraffic = m_settings.config.effectiveTraffic;
        m.targetUtilization = spec.autoscaleTargetUtilization;
        // A fixed count is both bounds: the autoscaler leaves such a version alone.
        m.minReplicas = spec.minimumReplicas();
        m.maxReplicas = spec.numReplicas.value_or(spec.autoscaleMaxReplicas);
        m.status = statusLocked();
        // An Unhealthy version carries on serving, so the operator needs to know what holds the rest back.
        if (m.status.state == "Unhealthy") {
            std::string why = std::to_string(m.status.replicas.ready) + " of " +
                              std::to_string(m.status.replicas.desired) + " replicas are ready";
            if (!m_deployProblem.empty())
                why += "; " + m_deployProblem;
            else if (!m_lastExit.empty())
                why += "; the last one " + m_lastExit;
            m.status.error = why + ".";
        }
    }
    const auto s = m_history.latest();
    m.figures.t = s.t;
    m.figures.requestsPerSecond = twoDecimals(s.requestsPerSecond);
    m.figures.clientErrorsPerSecond = twoDecimals(s.clientErrorsPerSecond);
    m.figures.serverErrorsPerSecond = twoDecimals(s.errorsPerSecond);
    if (s.hasLatency) {
        m.figures.p50Ms = twoDecimals(s.p50Ms);
        m.figures.p99Ms = twoDecimals(s.p99Ms);
    }
    m.figures.utilization = twoDecimals(s.utilization);
    m.figures.queued = twoDecimals(s.queued);
    if (historySeconds > 0)
        m.history = m_history.toJson(historySeconds, m.targetUtilization);
    return m;
}

std::vector<ReplicaDetail> VersionRuntime::replicaDetails() const
{
    std::lock_guard lock(m_mutex);
    std::vector<ReplicaDetail> out;
    out.reserve(m_replicas.size());
    for (const auto& r : m_replicas) {
        ReplicaDetail d;
        d.id = r->id;
        d.address = r->endpoint.address().to_string() + ":" + std::to_string(r->endpoint.port());
        d.state = replicaStateName(r->state);
        d.inflight = r->inflight;
        d.restarts = r->restarts;
        d.startedAtUnixMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(r->startedWall.time_since_epoch()).count();
        out.push_back(std::move(d));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

} // namespace switchyard::server
