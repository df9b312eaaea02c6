#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <map>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QString>

#include "AlertEpisode.h"
#include "AlertRuleBook.h"
#include "api/MonitorSnapshot.h"

namespace switchyard::models {

// Decides when alerts fire and clear, from the monitor's answers and the clusters' connection states, at
// times the caller gives (so tests drive the clock). Pure logic: no timer, no signal, no I/O.
//
// A condition (one rule on one version, or on one cluster's connection) starts an episode the first time
// it is seen true; the alert fires when it has been true at every observation for the rule's duration
// (zero: at once); the episode ends the first time it is seen false, or when its version, endpoint or
// cluster is gone. An episode fires once whatever the number of observations; a new episode needs the
// condition to end first. A disabled rule ends its episodes. Without an answer from a cluster nothing
// of its versions changes: a cluster that stops answering keeps its alerts (and gets its own).
class AlertEvaluator
{
public:
    struct Cluster
    {
        QString key;  // the monitor's key
        QString id;   // what the rules know it by
        QString name; // as shown
    };

    void setRules(const AlertRuleBook& rules) { m_rules = rules; }
    // New episodes are numbered after `id` (the log of an earlier console holds the ones up to it).
    void continueIdsAfter(std::uint64_t id) { m_lastId = std::max(m_lastId, id); }
    const AlertRuleBook& rules() const { return m_rules; }

    // Each call returns the episodes that fired or ended at `now` (an ended one has `ended` set), in order.
    std::vector<AlertEpisode> observe(const Cluster& cluster, const MonitorSnapshot& snapshot,
                                      const QDateTime& now);
    // `reachable`: the cluster answers (or has not been reached yet); `detail`: the connection's state in
    // words.
    std::vector<AlertEpisode> observeConnection(const Cluster& cluster, bool reachable, const QString& detail,
                                                const QDateTime& now);
    // The cluster was detached: its episodes end.
    std::vector<AlertEpisode> forget(const QString& clusterKey, const QDateTime& now);

    // The alerts firing now, in firing order.
    std::vector<AlertEpisode> firing() const;
    int firingCount() const;

private:
    struct Track
    {
        QDateTime since;
        std::optional<AlertEpisode> episode; // set once it fired
    };
    // The tracks of one version, one a kind judged per version (the first four AlertKinds), and the
    // observation that last saw the version (a version no answer has any more ends its episodes).
    struct VersionTracks
    {
        std::array<std::optional<Track>, 4> byKind;
        std::uint64_t seenIn = 0;
    };
    // By (endpoint, version) as the server writes them: the look-up once a version a second costs no
    // conversion.
    using ClusterTracks = std::map<std::pair<std::string, std::string>, VersionTracks>;
    struct Seen
    {
        bool condition = false;
        double value = std::nan("");
        QString detail;
    };

    void step(std::optional<Track>& slot, AlertKind kind, const Cluster& cluster, const QString& endpoint,
              const QString& version, const AlertRule& rule, const Seen& seen, const QDateTime& now,
              std::vector<AlertEpisode>& out);
    static void end(std::optional<Track>& slot, const QDateTime& now, std::vector<AlertEpisode>& out);

    AlertRuleBook m_rules;
    std::map<QString, ClusterTracks> m_versions;           // by cluster key
    std::map<QString, std::optional<Track>> m_unreachable; // by cluster key
    std::uint64_t m_lastId = 0;
    std::uint64_t m_observation = 0;
};

} // namespace switchyard::models
