#include "MonitorVersionRow.h"

namespace switchyard::models {

void MonitorVersionRow::update(const MonitorSnapshot::Version& version, bool newSecond)
{
    figures = version;
    figures.history = {};
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
