#include "AlertRule.h"

namespace switchyard::models {

AlertRule AlertRule::defaults(AlertKind kind)
{
    switch (kind) {
    case AlertKind::VersionUnhealthy:
        // A version passes through Unhealthy for a moment when a replica restarts; half a minute is news.
        return {true, 0, 30, false};
    case AlertKind::ErrorRate:
        return {true, 5, 30, false};
    case AlertKind::LatencyP99:
        return {true, 1000, 60, false};
    case AlertKind::ReplicasAtMaximum:
        return {true, 0, 600, false};
    case AlertKind::ClusterUnreachable:
        return {true, 0, 15, false};
    }
    return {};
}

QString alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::VersionUnhealthy:
        return QStringLiteral("versionUnhealthy");
    case AlertKind::ErrorRate:
        return QStringLiteral("errorRate");
    case AlertKind::LatencyP99:
        return QStringLiteral("latencyP99");
    case AlertKind::ReplicasAtMaximum:
        return QStringLiteral("replicasAtMaximum");
    case AlertKind::ClusterUnreachable:
        return QStringLiteral("clusterUnreachable");
    }
    return {};
}

std::optional<AlertKind> alertKindFromKey(const QString& key)
{
    for (const AlertKind kind : kAlertKinds)
        if (alertKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

} // namespace switchyard::models
