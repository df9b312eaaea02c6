#pragma once

#include <functional>

#include <QObject>

#include "ClusterGauges.h"
#include "ResultDelivery.h"
#include "SingleFlight.h"
#include "SwitchyardClient.h"

namespace switchyard::models {

// Every version's latest second (one GET /metrics), polled while something on screen watches the whole
// cluster (the dashboard). Lives on the GUI thread; the client it uses outlives its calls.
class ClusterGaugeWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterGaugeWatch)

public:
    // `active` says whether polling makes sense now (the session is connected).
    ClusterGaugeWatch(client::SwitchyardClient& client, OutcomeObserver observe, std::function<bool()> active,
                      QObject* parent = nullptr);

    // Starting to watch polls at once; the owner calls poll() on its tick while watching.
    void setWatching(bool watching);
    bool watching() const { return m_watching; }
    void poll();
    const client::ClusterGauges& gauges() const { return m_gauges; }

signals:
    void updated();

private:
    client::SwitchyardClient& m_client;
    OutcomeObserver m_observe;
    std::function<bool()> m_active;
    bool m_watching = false;
    SingleFlight m_loading;
    client::ClusterGauges m_gauges;
};

} // namespace switchyard::models
