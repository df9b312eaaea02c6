#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QList>
#include <QString>
#include <QStringList>

#include "MonitorVersionRow.h"

namespace switchyard::models {

// One endpoint of one cluster in the monitor, with its versions; the endpoint's own figures are those
// of its versions put together.
struct MonitorEndpointRow
{
    QString cluster; // the monitor's key of the cluster
    std::string name;
    std::string state;
    std::string defaultVersion;
    std::vector<MonitorVersionRow> versions;
    int row = 0;        // its row in the model (the parent of its version rows)
    QStringList alerts; // the alerts firing on it and its versions (MonitorModel::setAlerts)

    // After its state or versions changed: reads the state again and forgets the series put together
    // (they are put together again when next asked for: when a sparkline of the row is painted).
    void changed();
    HealthState healthState() const { return m_health; }
    bool isProblem() const;
    double requestsPerSecond() const;
    double clientErrorsPerSecond() const;
    double serverErrorsPerSecond() const;
    // The slowest version's: the one an operator must look at.
    double latencyMsP50() const;
    double latencyMsP99() const;
    // The busiest version (highest utilization against its own target), or null without versions.
    const MonitorVersionRow* busiest() const;
    // The busiest version's utilization and target.
    double utilization() const;
    double targetUtilization() const;
    double readyReplicas() const;
    double desiredReplicas() const;
    // Per second: the requests of all versions added, the worst p99 of any.
    const QList<double>& requestsSeries() const;
    const QList<double>& p99Series() const;

private:
    HealthState m_health = HealthState::Healthy;
    mutable std::optional<QList<double>> m_requestsSeries;
    mutable std::optional<QList<double>> m_p99Series;
};

} // namespace switchyard::models
