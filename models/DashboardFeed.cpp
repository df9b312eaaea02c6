#include "DashboardFeed.h"

#include <algorithm>
#include <cmath>

#include "MonitorPoller.h"

namespace switchyard::models {
namespace {

void bound(std::deque<float>& load)
{
    while (load.size() > DashboardFeed::kSamples)
        load.pop_front();
}

} // namespace

const DashboardFeed::Version* DashboardFeed::Endpoint::version(const std::string& name) const
{
    const auto it =
        std::find_if(versions.begin(), versions.end(), [&](const Version& v) { return v.name == name; });
    return it == versions.end() ? nullptr : &*it;
}

DashboardFeed::DashboardFeed(MonitorPoller* poller, QObject* parent) : QObject(parent), m_poller(poller)
{
    if (poller)
        connect(poller, &MonitorPoller::snapshotReceived, this, &DashboardFeed::apply);
}

const DashboardFeed::Endpoints* DashboardFeed::endpointsOf(const ClusterSession* session) const
{
    if (!m_poller || !session)
        return nullptr;
    const QString key = m_poller->keyOf(session);
    return key.isEmpty() ? nullptr : endpoints(key);
}

const DashboardFeed::Endpoints* DashboardFeed::endpoints(const QString& cluster) const
{
    const auto it = m_clusters.find(cluster);
    return it == m_clusters.end() ? nullptr : &it->second.endpoints;
}

std::optional<double> DashboardFeed::loadOf(const MonitorSnapshot::Endpoint& endpoint)
{
    std::optional<double> worst;
    for (const auto& v : endpoint.versions)
        if (std::isfinite(v.utilization) && v.targetUtilization > 0)
            worst = std::max(worst.value_or(0.0), v.utilization / v.targetUtilization);
    return worst;
}

std::deque<float> DashboardFeed::loadHistory(const MonitorSnapshot::Endpoint& endpoint)
{
    std::map<std::int64_t, float> worst; // by second
    for (const auto& v : endpoint.versions) {
        const auto& h = v.history;
        const double target = h.targetUtilization > 0 ? h.targetUtilization : v.targetUtilization;
        if (!(target > 0))
            continue;
        for (std::size_t i = 0; i < h.t.size() && i < h.utilization.size(); ++i) {
            if (!std::isfinite(h.utilization[i]))
                continue;
            auto& w = worst.try_emplace(h.t[i], 0.f).first->second;
            w = std::max(w, float(h.utilization[i] / target));
        }
    }
    std::deque<float> load;
    for (const auto& [second, value] : worst)
        load.push_back(value);
    bound(load);
    return load;
}

void DashboardFeed::apply(const QString& cluster, const MonitorSnapshot& snapshot)
{
    // A cluster the poller no longer follows (detached) is forgotten here too.
    if (m_poller)
        std::erase_if(m_clusters, [this](const auto& c) { return !m_poller->sessionOf(c.first); });

    auto& state = m_clusters[cluster];
    const bool newSecond = snapshot.time.empty() || snapshot.time != state.lastTime;
    state.lastTime = snapshot.time;
    Endpoints endpoints;
    for (const auto& e : snapshot.endpoints) {
        auto& out = endpoints[e.name];
        bool history = false;
        for (const auto& v : e.versions) {
            out.versions.push_back(
                {v.name, v.utilization, v.targetUtilization, v.desiredReplicas, v.readyReplicas});
            history = history || v.history.size() > 0;
        }
        if (history) {
            out.load = loadHistory(e);
            continue;
        }
        if (const auto kept = state.endpoints.find(e.name); kept != state.endpoints.end())
            out.load = std::move(kept->second.load);
        if (const auto now = loadOf(e); now && newSecond) {
            out.load.push_back(float(*now));
            bound(out.load);
        }
    }
    state.endpoints = std::move(endpoints); // endpoints that are gone are dropped
    emit updated(cluster);
}

void DashboardFeed::removeCluster(const QString& cluster)
{
    m_clusters.erase(cluster);
}

} // namespace switchyard::models
