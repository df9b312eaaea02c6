#include "AlertText.h"

#include <QLocale>

#include "StateText.h"

namespace switchyard::models {

QString AlertText::kindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::VersionUnhealthy:
        return tr("Version unhealthy");
    case AlertKind::ErrorRate:
        return tr("Error rate");
    case AlertKind::LatencyP99:
        return tr("p99 latency");
    case AlertKind::ReplicasAtMaximum:
        return tr("Replicas at maximum");
    case AlertKind::ClusterUnreachable:
        return tr("Cluster unreachable");
    }
    return {};
}

QString AlertText::duration(int seconds)
{
    if (seconds >= 60 && seconds % 60 == 0)
        return tr("%1 min").arg(QLocale().toString(seconds / 60));
    return tr("%1 s").arg(QLocale().toString(seconds));
}

QString AlertText::rule(AlertKind kind, const AlertRule& rule)
{
    const QString d = duration(rule.forSeconds);
    const QString threshold = QLocale().toString(rule.threshold, 'g', 6);
    switch (kind) {
    case AlertKind::VersionUnhealthy:
        return tr("Version Unhealthy or Failed for %1").arg(d);
    case AlertKind::ErrorRate:
        return rule.countClientErrors ? tr("Errors (4xx and 5xx) above %1 % for %2").arg(threshold, d)
                                      : tr("Server errors (5xx) above %1 % for %2").arg(threshold, d);
    case AlertKind::LatencyP99:
        return tr("p99 above %1 ms for %2").arg(threshold, d);
    case AlertKind::ReplicasAtMaximum:
        return tr("Replicas at the maximum for %1").arg(d);
    case AlertKind::ClusterUnreachable:
        return tr("Cluster unreachable or not responding for %1").arg(d);
    }
    return {};
}

QString AlertText::value(AlertKind kind, double value, const QString& detail)
{
    if (kind == AlertKind::VersionUnhealthy) {
        const QString state = StateText::health(static_cast<HealthState>(static_cast<int>(value)));
        return detail.isEmpty() ? state : tr("%1: %2").arg(state, detail);
    }
    if (kind == AlertKind::ClusterUnreachable)
        return detail;
    if (!std::isfinite(value))
        return QStringLiteral("–");
    switch (kind) {
    case AlertKind::ErrorRate:
        return tr("%1 %").arg(QLocale().toString(value, 'f', 1));
    case AlertKind::LatencyP99:
        return tr("%1 ms").arg(QLocale().toString(value, 'f', value < 100 ? 1 : 0));
    case AlertKind::ReplicasAtMaximum:
        return tr("%n replica(s)", nullptr, static_cast<int>(value));
    default:
        return {};
    }
}

QString AlertText::where(const AlertEpisode& episode)
{
    QStringList parts{episode.clusterName};
    if (!episode.endpoint.isEmpty())
        parts << episode.endpoint;
    if (!episode.version.isEmpty())
        parts << episode.version;
    return parts.join(QStringLiteral(" / "));
}

QString AlertText::summary(const AlertEpisode& episode)
{
    return tr("%1 on %2: %3")
        .arg(kindName(episode.kind), where(episode), value(episode.kind, episode.value, episode.detail));
}

} // namespace switchyard::models
