#pragma once

#include <QCoreApplication>
#include <QColor>
#include <QDateTime>
#include <QString>

#include "api/HealthState.h"

namespace switchyard::models {

// How states read and look in every pane, in one place.
class StateText
{
    Q_DECLARE_TR_FUNCTIONS(StateText)

public:
    static QString health(HealthState state);
    // Darker tones on a light palette, lighter ones on a dark palette: readable on both.
    static QColor healthColor(HealthState state);
    // The application's palette is dark (its base colour is darker than its text).
    static bool darkPalette();
    // A red for error words that reads on the application's palette.
    static QColor errorColor();
    static QString authMode(const std::string& mode);
    // Figures the cluster gave at `since` and has not confirmed since: "as of 14:02:51".
    static QString asOf(const QDateTime& since);
    // "Healthy (as of 14:02:51)": a state that may no longer hold.
    static QString staleState(const QString& state, const QDateTime& since);
    static QString staleToolTip(const QDateTime& since);
    // The grey of stale figures.
    static QColor staleColor();
};

} // namespace switchyard::models
