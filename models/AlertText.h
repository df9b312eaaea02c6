#pragma once

#include <QCoreApplication>
#include <QString>

#include "AlertEpisode.h"

namespace switchyard::models {

// How alerts read in the rules dialog, the log, the Monitor and the notifications, in one place.
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    static QString kindName(AlertKind kind);
    // "30 s", "10 min"
    static QString duration(int seconds);
    // The rule in a sentence: "Errors (5xx) above 5 % for 30 s".
    static QString rule(AlertKind kind, const AlertRule& rule);
    // What was measured: "12.5 %", "1,234 ms", "Failed: the replica exited", "Unreachable".
    static QString value(AlertKind kind, double value, const QString& detail);
    // Where: "local / demo / blue", "local".
    static QString where(const AlertEpisode& episode);
    // For the notification and the Monitor's tooltip: "Error rate on local / demo / blue: 12.5 %".
    static QString summary(const AlertEpisode& episode);
};

} // namespace switchyard::models
