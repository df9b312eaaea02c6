#include "AlertEvaluator.h"

#include <algorithm>
#include <array>

#include "api/HealthState.h"

namespace switchyard::models {
namespace {

using Version = MonitorSnapshot::Version;

// The version's errors as a share of its requests in the last second; no request is no error.
double errorPercent(const Version& v, bool countClientErrors)
{
    if (!(v.requestsPerSecond > 0))
        return 0;
    const double errors = v.serverErrorsPerSecond + (countClientErrors ? v.clientErrorsPerSecond : 0);
    return std::min(100.0, errors / v.requestsPerSecond * 100.0);
}

} // namespace

std::vector<AlertEpisode> AlertEvaluator::observe(const Cluster& cluster, const MonitorSnapshot& snapshot,
                                                  const QDateTime& now)
{
    // Runs on the GUI thread once a second per cluster for every version: the rules are looked up once an
    // endpoint, a version's tracks once, and a healthy version with no track costs no look-up at all.
    std::vector<AlertEpisode> out;
    const std::uint64_t observation = ++m_observation;
    constexpr std::array<AlertKind, 4> kVersionKinds{AlertKind::VersionUnhealthy, AlertKind::ErrorRate,
                                                     AlertKind::LatencyP99, AlertKind::ReplicasAtMaximum};
    ClusterTracks& tracks = m_versions[cluster.key];
    for (const auto& e : snapshot.endpoints) {
        const QString endpoint = QString::fromStdString(e.name);
        std::array<AlertRule, 4> rules;
        for (std::size_t k = 0; k < kVersionKinds.size(); ++k)
            rules[k] = m_rules.rule(cluster.id, endpoint, kVersionKinds[k]);
        for (const auto& v : e.versions) {
            std::array<Seen, 4> seen;
            bool any = false;
            for (std::size_t k = 0; k < kVersionKinds.size(); ++k) {
                const AlertRule& rule = rules[k];
                Seen& s = seen[k];
                switch (kVersionKinds[k]) {
                case AlertKind::VersionUnhealthy: {
                    const HealthState state = healthStateFromString(v.state);
                    s.condition = state == HealthState::Unhealthy || state == HealthState::Failed;
                    s.value = static_cast<double>(state);
                    if (s.condition && v.error)
                        s.detail = QString::fromStdString(*v.error);
                    break;
                }
                case AlertKind::ErrorRate:
                    s.value = errorPercent(v, rule.countClientErrors);
                    s.condition = s.value > rule.threshold;
                    break;
                case AlertKind::LatencyP99:
                    s.value = v.latencyMsP99;
                    s.condition = std::isfinite(v.latencyMsP99) && v.latencyMsP99 > rule.threshold;
                    break;
                case AlertKind::ReplicasAtMaximum:
                    // With min = max there is nothing to scale: being at the maximum is the plan, not news.
                    s.value = v.desiredReplicas;
                    s.condition = v.maxReplicas > 0 && v.minReplicas < v.maxReplicas &&
                                  v.desiredReplicas >= v.maxReplicas;
                    break;
                case AlertKind::ClusterUnreachable:
                    break;
                }
                any = any || (rule.enabled && s.condition);
            }
            auto it = tracks.find({e.name, v.name});
            if (it == tracks.end()) {
                if (!any)
                    continue;
                it = tracks.emplace(std::make_pair(e.name, v.name), VersionTracks{}).first;
            }
            it->second.seenIn = observation;
            const QString version = QString::fromStdString(v.name);
            bool empty = true;
            for (std::size_t k = 0; k < kVersionKinds.size(); ++k) {
                step(it->second.byKind[k], kVersionKinds[k], cluster, endpoint, version, rules[k], seen[k],
                     now, out);
                empty = empty && !it->second.byKind[k];
            }
            if (empty)
                tracks.erase(it);
        }
    }
    // Versions and endpoints that are gone end their episodes.
    for (auto it = tracks.begin(); it != tracks.end();) {
        if (it->second.seenIn == observation) {
            ++it;
            continue;
        }
        for (auto& slot : it->second.byKind)
            end(slot, now, out);
        it = tracks.erase(it);
    }
    return out;
}

std::vector<AlertEpisode> AlertEvaluator::observeConnection(const Cluster& cluster, bool reachable,
                                                            const QString& detail, const QDateTime& now)
{
    std::vector<AlertEpisode> out;
    Seen s;
    s.condition = !reachable;
    s.detail = detail;
    auto& slot = m_unreachable[cluster.key];
    step(slot, AlertKind::ClusterUnreachable, cluster, {}, {},
         m_rules.rule(cluster.id, {}, AlertKind::ClusterUnreachable), s, now, out);
    if (!slot)
        m_unreachable.erase(cluster.key);
    return out;
}

std::vector<AlertEpisode> AlertEvaluator::forget(const QString& clusterKey, const QDateTime& now)
{
    std::vector<AlertEpisode> out;
    if (const auto it = m_versions.find(clusterKey); it != m_versions.end()) {
        for (auto& [name, version] : it->second)
            for (auto& slot : version.byKind)
                end(slot, now, out);
        m_versions.erase(it);
    }
    if (const auto it = m_unreachable.find(clusterKey); it != m_unreachable.end()) {
        end(it->second, now, out);
        m_unreachable.erase(it);
    }
    return out;
}

void AlertEvaluator::step(std::optional<Track>& slot, AlertKind kind, const Cluster& cluster,
                          const QString& endpoint, const QString& version, const AlertRule& rule,
                          const Seen& seen, const QDateTime& now, std::vector<AlertEpisode>& out)
{
    if (!rule.enabled || !seen.condition) {
        end(slot, now, out);
        return;
    }
    if (!slot)
        slot.emplace(Track{now, std::nullopt});
    Track& track = *slot;
    if (track.episode) {
        if (std::isfinite(seen.value) && !(track.episode->peak >= seen.value))
            track.episode->peak = seen.value;
        return;
    }
    if (track.since.msecsTo(now) < static_cast<qint64>(rule.forSeconds) * 1000)
        return;
    AlertEpisode e;
    e.id = ++m_lastId;
    e.kind = kind;
    e.clusterKey = cluster.key;
    e.clusterId = cluster.id;
    e.clusterName = cluster.name;
    e.endpoint = endpoint;
    e.version = version;
    e.rule = rule;
    e.started = track.since;
    e.fired = now;
    e.value = seen.value;
    e.peak = seen.value;
    e.detail = seen.detail;
    track.episode = e;
    out.push_back(std::move(e));
}

void AlertEvaluator::end(std::optional<Track>& slot, const QDateTime& now, std::vector<AlertEpisode>& out)
{
    if (slot && slot->episode) {
        AlertEpisode e = *slot->episode;
        e.ended = now;
        out.push_back(std::move(e));
    }
    slot.reset();
}

std::vector<AlertEpisode> AlertEvaluator::firing() const
{
    std::vector<AlertEpisode> out;
    for (const auto& [key, tracks] : m_versions)
        for (const auto& [name, version] : tracks)
            for (const auto& slot : version.byKind)
                if (slot && slot->episode)
                    out.push_back(*slot->episode);
    for (const auto& [key, slot] : m_unreachable)
        if (slot && slot->episode)
            out.push_back(*slot->episode);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

int AlertEvaluator::firingCount() const
{
    int count = 0;
    for (const auto& [key, tracks] : m_versions)
        for (const auto& [name, version] : tracks)
            for (const auto& slot : version.byKind)
                count += slot && slot->episode;
    for (const auto& [key, slot] : m_unreachable)
        count += slot && slot->episode;
    return count;
}

} // namespace switchyard::models
