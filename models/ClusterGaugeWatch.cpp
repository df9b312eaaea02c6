#include "ClusterGaugeWatch.h"

namespace switchyard::models {

ClusterGaugeWatch::ClusterGaugeWatch(client::SwitchyardClient& client, OutcomeObserver observe,
                                     std::function<bool()> active, QObject* parent)
    : QObject(parent), m_client(client), m_observe(std::move(observe)), m_active(std::move(active))
{}

void ClusterGaugeWatch::setWatching(bool watching)
{
    if (watching == m_watching)
        return;
    m_watching = watching;
    if (watching)
        poll();
}

void ClusterGaugeWatch::poll()
{
    if (!m_watching || !m_active() || !m_loading.tryStart())
        return;
    m_client.getPrometheusMetrics(deliverQueued<std::string>(
        this, this, m_observe, [this](const client::ApiResult<std::string>& result) {
            m_loading.finish();
            if (!result)
                return;
            m_gauges = client::ClusterGauges::fromPrometheusText(result.value());
            emit updated();
        }));
}

} // namespace switchyard::models
