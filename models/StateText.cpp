#include "StateText.h"

#include <QGuiApplication>
#include <QPalette>

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
    const bool dark = darkPalette();
    switch (state) {
    case HealthState::Healthy:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case HealthState::Transitioning:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case HealthState::Unhealthy:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb3, 0x4a, 0x00);
    case HealthState::Failed:
        return errorColor();
    case HealthState::Unknown:
        break;
    }
    return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x75, 0x75, 0x75);
}

bool StateText::darkPalette()
{
    // Without a GUI application (the models' own tests) there is no palette: the light one's colours.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return false;
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor StateText::errorColor()
{
    return darkPalette() ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
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
