#pragma once

#include <array>
#include <optional>

#include <QString>

namespace switchyard::models {

// What an alert watches. The first four are judged per version from the monitor's answers; the last per
// cluster from its connection.
enum class AlertKind
{
    VersionUnhealthy,   // the version is Unhealthy or Failed
    ErrorRate,          // errors above `threshold` % of the requests, every second for `forSeconds`
    LatencyP99,         // p99 above `threshold` ms, every second for `forSeconds`
    ReplicasAtMaximum,  // the autoscaler wants the maximum number of replicas (and can add no more)
    ClusterUnreachable, // the connection is lost or the cluster stopped answering
};

inline constexpr std::array<AlertKind, 5> kAlertKinds{AlertKind::VersionUnhealthy, AlertKind::ErrorRate,
                                                      AlertKind::LatencyP99, AlertKind::ReplicasAtMaximum,
                                                      AlertKind::ClusterUnreachable};

// One rule: whether it is on, its threshold (a percentage or milliseconds, unused by the kinds without
// one) and how long the condition must hold before the alert fires.
struct AlertRule
{
    bool enabled = true;
    double threshold = 0;
    int forSeconds = 0;
    // ErrorRate only: answers with a 4xx status count as errors too (by default only the 5xx do: a 4xx is
    // usually the caller's mistake, not the model's).
    bool countClientErrors = false;

    // The defaults an operator starts from: loud about what is broken, quiet about what is only busy.
    static AlertRule defaults(AlertKind kind);
    static bool hasThreshold(AlertKind kind)
    {
        return kind == AlertKind::ErrorRate || kind == AlertKind::LatencyP99;
    }
    bool operator==(const AlertRule&) const = default;
};

// The kind's name in the settings ("errorRate"); stable, never translated.
QString alertKindKey(AlertKind kind);
std::optional<AlertKind> alertKindFromKey(const QString& key);

} // namespace switchyard::models
