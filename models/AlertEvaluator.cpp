#include "AlertEvaluator.h"

#include <algorithm>
#include <set>

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
    std::vector<AlertEpisode> out;
    std::set<Key> seen;
    for (const auto& e : snapshot.endpoints) {
        const QString endpoint = QString::fromStdString(e.name);
        for (const auto& v : e.versions) {
            const QString version = QString::fromStdString(v.name);
            for (const AlertKind kind : kAlertKinds) {
                if (kind == AlertKind::ClusterUnreachable)
                    continue;
                const AlertRule rule = m_rules.rule(cluster.id, endpoint, kind);
                Seen s;
                switch (kind) {
                case AlertKind::VersionUnhealthy: {
                    const HealthState state = healthStateFromString(v.state);
                    s.condition = state == HealthState::Unhealthy || state == HealthState::Failed;
                    s.value = static_cast<double>(state);
                    s.detail = v.error ? QString::fromStdString(*v.error) : QString();
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
                const Key key{kind, cluster.key, endpoint, version};
                seen.insert(key);
                step(key, cluster, rule, s, now, out);
            }
        }
    }
    // Versions and endpoints that are gone end their episodes.
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        const auto next = std::next(it);
        if (it->first.clusterKey == cluster.key && it->first.kind != AlertKind::ClusterUnreachable &&
            !seen.contains(it->first))
            end(it, now, out);
        it = next;
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
    step({AlertKind::ClusterUnreachable, cluster.key, {}, {}}, cluster,
         m_rules.rule(cluster.id, {}, AlertKind::ClusterUnreachable), s, now, out);
    return out;
}

std::vector<AlertEpisode> AlertEvaluator::forget(const QString& clusterKey, const QDateTime& now)
{
    std::vector<AlertEpisode> out;
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        const auto next = std::next(it);
        if (it->first.clusterKey == clusterKey)
            end(it, now, out);
        it = next;
    }
    return out;
}

void AlertEvaluator::step(const Key& key, const Cluster& cluster, const AlertRule& rule, const Seen& seen,
                          const QDateTime& now, std::vector<AlertEpisode>& out)
{
    if (!rule.enabled || !seen.condition) {
        if (const auto it = m_tracks.find(key); it != m_tracks.end())
            end(it, now, out);
        return;
    }
    Track& track = m_tracks[key];
    if (!track.since.isValid())
        track.since = now;
    if (track.episode) {
        if (std::isfinite(seen.value) && !(track.episode->peak >= seen.value))
            track.episode->peak = seen.value;
        return;
    }
    if (track.since.msecsTo(now) < static_cast<qint64>(rule.forSeconds) * 1000)
        return;
    AlertEpisode e;
    e.id = ++m_lastId;
    e.kind = key.kind;
    e.clusterKey = cluster.key;
    e.clusterId = cluster.id;
    e.clusterName = cluster.name;
    e.endpoint = key.endpoint;
    e.version = key.version;
    e.rule = rule;
    e.started = track.since;
    e.fired = now;
    e.value = seen.value;
    e.peak = seen.value;
    e.detail = seen.detail;
    track.episode = e;
    out.push_back(std::move(e));
}

void AlertEvaluator::end(std::map<Key, Track>::iterator it, const QDateTime& now,
                         std::vector<AlertEpisode>& out)
{
    if (it->second.episode) {
        AlertEpisode e = *it->second.episode;
        e.ended = now;
        out.push_back(std::move(e));
    }
    m_tracks.erase(it);
}

std::vector<AlertEpisode> AlertEvaluator::firing() const
{
    std::vector<AlertEpisode> out;
    for (const auto& [key, track] : m_tracks)
        if (track.episode)
            out.push_back(*track.episode);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

int AlertEvaluator::firingCount() const
{
    return static_cast<int>(std::count_if(m_tracks.begin(), m_tracks.end(),
                                          [](const auto& t) { return t.second.episode.has_value(); }));
}

} // namespace switchyard::models
