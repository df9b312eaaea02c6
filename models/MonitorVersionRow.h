#pragma once

#include <QStringList>

#include "MonitorSeries.h"
#include "PreparedMonitorSnapshot.h"
#include "api/HealthState.h"
#include "api/MonitorSnapshot.h"

namespace switchyard::models {

// One version in the monitor: its last second and the series its sparklines draw.
struct MonitorVersionRow
{
    MonitorSnapshot::Version figures; // without its history (kept in the series instead)
    MonitorSeries requests;
    MonitorSeries p99;
    HealthState health = HealthState::Healthy; // figures.state, read once per update
    QStringList alerts;                        // the alerts firing on it (MonitorModel::setAlerts)

    HealthState state() const { return health; }
    // What "only problems" shows: not Healthy, or a server error in the last second.
    bool isProblem() const { return health != HealthState::Healthy || figures.serverErrorsPerSecond > 0; }
    // Takes the second's figures; the series take the history when the answer has one, else the second
    // itself when it is a new one. `prepared`, when given, is the history already made into series
    // (PreparedMonitorSnapshot): the series share it instead of building their own.
    void update(const MonitorSnapshot::Version& version, bool newSecond,
                const MonitorVersionSeries* prepared = nullptr);
};

} // namespace switchyard::models
