#pragma once

#include <cmath>
#include <cstdint>

#include <QDateTime>
#include <QString>

#include "AlertRule.h"

namespace switchyard::models {

// One episode of one alert: from the moment its condition began to the moment it ended. It fires once,
// when the condition has held for the rule's duration, and ends once, when the condition no longer holds.
struct AlertEpisode
{
    std::uint64_t id = 0; // unique for the evaluator's life, in firing order
    AlertKind kind = AlertKind::VersionUnhealthy;
    QString clusterKey;  // the monitor's key of the cluster (MonitorModel::ClusterKeyRole)
    QString clusterId;   // what the rules know it by (its URL)
    QString clusterName; // as shown
    QString endpoint;    // empty for ClusterUnreachable
    QString version;
    AlertRule rule;    // as it was when the alert fired
    QDateTime started; // when the condition began
    QDateTime fired;   // when it had held for the rule's duration
    QDateTime ended;   // invalid while the alert fires
    // It did not end by itself: the console closed while it fired (`ended` is then when the console last
    // saw it), and whether the condition went on is not known. A console started later judges afresh.
    bool endedWithConsole = false;
    double value = std::nan(""); // the measure when it fired (a percentage, milliseconds, replicas)
    double peak = std::nan("");  // the worst measure while it fired
    QString detail; // what the measure cannot say: the state and its error, the connection's words

    bool isFiring() const { return !ended.isValid(); }
};

} // namespace switchyard::models
