#pragma once

#include <cstddef>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QObject>
#include <QString>

#include "api/MonitorSnapshot.h"

namespace switchyard::models {

class ClusterSession;
class MonitorPoller;

// What the dashboard shows of every cluster the Monitor follows, taken from the answers MonitorPoller
// already gets (one GET /api/v1/monitor per cluster per second, whatever is on screen): the dashboard
// makes no request of its own, and its sparklines are full the moment it is shown, with no gap for the
// time it was hidden. The poller asks for the server's history on a cluster's first answer and after the
// cluster was stale; an answer with history replaces the samples kept, so a gap is filled from the
// server's record. Kept apart from MonitorModel (which keeps no utilization series): a cluster's figures
// here cost one small map and kSamples floats an endpoint.
class DashboardFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFeed)

public:
    static constexpr std::size_t kSamples = 120; // two minutes, one sample a second

    struct Version
    {
        std::string name;
        double utilization = std::numeric_limits<double>::quiet_NaN(); // percent, the last second
        double targetUtilization = 70;
        double desiredReplicas = 0;
        double readyReplicas = 0;
    };
    struct Endpoint
    {
        std::vector<Version> versions; // the last second's
        // The busiest version's utilization ÷ its target (1 = at target) for each second, oldest first, at
        // most kSamples; seconds no version has a sample for are left out.
        std::deque<float> load;

        const Version* version(const std::string& name) const;
    };
    using Endpoints = std::map<std::string, Endpoint>;

    // Follows `poller`'s answers (null: only apply() feeds it).
    explicit DashboardFeed(MonitorPoller* poller, QObject* parent = nullptr);

    // The endpoints of the session's cluster as of its last answer; null while the poller does not follow
    // the session or the cluster has not answered yet.
    const Endpoints* endpointsOf(const ClusterSession* session) const;
    // The same by the poller's key of the cluster (MonitorPoller::keyOf).
    const Endpoints* endpoints(const QString& cluster) const;

    // Takes one answer of the cluster: the last second's figures, and one more sample for each endpoint
    // when it is a new second (or all of them when the answer has the server's history).
    void apply(const QString& cluster, const MonitorSnapshot& snapshot);
    void removeCluster(const QString& cluster);

    // The busiest version's utilization ÷ target of one second's figures (nullopt without a sample).
    static std::optional<double> loadOf(const MonitorSnapshot::Endpoint& endpoint);
    // The same for each second of the server's history of the endpoint, oldest first, at most kSamples.
    static std::deque<float> loadHistory(const MonitorSnapshot::Endpoint& endpoint);

signals:
    // After every answer of the cluster was taken.
    void updated(const QString& cluster);

private:
    struct Cluster
    {
        std::string lastTime; // the second of the last answer: a repeat adds no sample
        Endpoints endpoints;
    };

    MonitorPoller* m_poller = nullptr;
    std::map<QString, Cluster> m_clusters;
};

} // namespace switchyard::models
