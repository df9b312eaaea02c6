#include "StateText.h"

namespace switchyard::models {

QString StateText::health(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return tr("Healthy");
    case HealthState::Transitioning:
        return tr("Transitioning");
    case HealthState::Unhealthy:
        return tr("Unhealthy");
    case HealthState::Failed:
        return tr("Failed");
    case HealthState::Unknown:
        break;
    }
    return tr("Unknown");
}

QColor StateText::healthColor(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return QColor(0x2e, 0x7d, 0x32);
    case HealthState::Transitioning:
        return QColor(0x15, 0x65, 0xc0);
    case HealthState::Unhealthy:
        return QColor(0xef, 0x6c, 0x00);
    case HealthState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case HealthState::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString StateText::authMode(const std::string& mode)
{
    if (mode == "key")
        return tr("Key");
    if (mode == "token")
        return tr("Token");
    return tr("None");
}

QString StateText::asOf(const QDateTime& since)
{
    // Seconds matter here (a poll is once a second); the format is the same in every language.
    return tr("as of %1").arg(since.time().toString(QStringLiteral("HH:mm:ss")));
}

QString StateText::staleState(const QString& state, const QDateTime& since)
{
    return tr("%1 (%2)").arg(state, asOf(since));
}

QString StateText::staleToolTip(const QDateTime& since)
{
    return tr("The cluster has not answered since %1: these figures may be out of date.")
        .arg(since.time().toString(QStringLiteral("HH:mm:ss")));
}

QColor StateText::staleColor()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace switchyard::models
