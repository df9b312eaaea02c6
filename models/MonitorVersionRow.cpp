#include "MonitorVersionRow.h"

namespace switchyard::models {
namespace {

// The second's figures without the history. A cluster's first answer carries up to ten series of five
// minutes for each version: copying them with the figures only to drop them was most of the time its first
// snapshot held the GUI thread (bench/README.md, "The Monitor under load"). A field added to
// MonitorSnapshot::Version is copied here too (MonitorModelTest::versionRowKeepsEveryFigure checks).
MonitorSnapshot::Version secondOf(const MonitorSnapshot::Version& v)
{
    MonitorSnapshot::Version out;
    out.name = v.name;
    out.state = v.state;
    out.error = v.error;
    out.isDefault = v.isDefault;
    out.isControl = v.isControl;
    out.trafficPercentile = v.trafficPercentile;
    out.effectivePercent = v.effectivePercent;
    out.requestsPerSecond = v.requestsPerSecond;
    out.clientErrorsPerSecond = v.clientErrorsPerSecond;
    out.serverErrorsPerSecond = v.serverErrorsPerSecond;
    out.latencyMsP50 = v.latencyMsP50;
    out.latencyMsP99 = v.latencyMsP99;
    out.utilization = v.utilization;
    out.targetUtilization = v.targetUtilization;
    out.desiredReplicas = v.desiredReplicas;
    out.readyReplicas = v.readyReplicas;
    out.busyReplicas = v.busyReplicas;
    out.minReplicas = v.minReplicas;
    out.maxReplicas = v.maxReplicas;
    out.queuedRequests = v.queuedRequests;
    return out;
}

} // namespace

void MonitorVersionRow::update(const MonitorSnapshot::Version& version, bool newSecond)
{
    figures = secondOf(version);
    health = healthStateFromString(figures.state);
    if (version.history.size() > 0) {
        requests.assign(version.history.requestsPerSecond);
        p99.assign(version.history.latencyMsP99);
    } else if (newSecond) {
        requests.append(version.requestsPerSecond);
        p99.append(version.latencyMsP99);
    }
}

} // namespace switchyard::models
