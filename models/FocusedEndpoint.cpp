#include "FocusedEndpoint.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "VersionTableModel.h"

namespace switchyard::models {

FocusedEndpoint::FocusedEndpoint(client::SwitchyardClient& client, VersionTableModel* versions,
                                 OutcomeObserver observe, std::function<bool()> active, QObject* parent)
    : QObject(parent), m_client(client), m_versions(versions), m_observe(std::move(observe)),
      m_active(std::move(active))
{}

void FocusedEndpoint::setName(const QString& endpoint)
{
    if (endpoint == m_name)
        return;
    m_name = endpoint;
    m_endpoint.reset();
    m_metrics.reset();
    m_sinceMetrics.invalidate();
    m_versions->clear();
    emit changed();
    load();
    loadMetrics();
}

void FocusedEndpoint::load()
{
    if (m_name.isEmpty() || !m_active() || !m_loading.tryStart())
        return;
    const QString asked = m_name;
    m_client.getEndpoint(asked.toStdString(),
                         internal<EndpointInfo>([this, asked](const client::ApiResult<EndpointInfo>& result) {
                             m_loading.finish();
                             if (asked != m_name)
                                 return load(); // the user moved on while this was in flight
                             if (result) {
                                 adopt(result.value());
                             } else if (result.httpStatus() == 404 && m_endpoint) {
                                 m_endpoint.reset();
                                 m_versions->clear();
                                 emit changed();
                             }
                         }));
}

void FocusedEndpoint::adopt(const EndpointInfo& endpoint)
{
    if (QString::fromStdString(endpoint.name) != m_name)
        return;
    const bool different = endpoint != m_endpoint;
    m_endpoint = endpoint;
    m_versions->setVersions(m_endpoint->versions);
    if (different)
        emit changed();
}

void FocusedEndpoint::requestHistory(int seconds)
{
    m_historySeconds = std::clamp(seconds, 0, kMaxMetricsSeconds);
    loadMetrics(); // now, unless a page is already on its way (then with the next tick)
}

void FocusedEndpoint::loadMetrics()
{
    if (m_name.isEmpty() || !m_active() || !m_loadingMetrics.tryStart())
        return;
    const QString asked = m_name;
    // After the first page each one asks for the seconds since the last one and a few more (never under
    // 5 s, never over a minute, so a slow answer or a skewed clock loses nothing), not the whole window.
    int seconds = !m_sinceMetrics.isValid()
                      ? kFirstMetricsSeconds
                      : int(std::clamp<qint64>(m_sinceMetrics.elapsed() / 1000 + 3, 5, 60));
    seconds = std::max(seconds, std::exchange(m_historySeconds, 0));
    m_client.getMetrics(asked.toStdString(), seconds,
                        internal<MetricsPage>([this, asked](const client::ApiResult<MetricsPage>& result) {
                            m_loadingMetrics.finish();
                            if (asked == m_name && result)
                                onMetrics(result.value());
                        }));
}

void FocusedEndpoint::onMetrics(const MetricsPage& page)
{
    m_sinceMetrics.start();
    m_metrics = page;
    std::map<std::string, double> latest;
    for (const auto& [version, series] : m_metrics->versions) {
        const auto it = std::find_if(series.utilization.rbegin(), series.utilization.rend(),
                                     [](double value) { return !std::isnan(value); });
        if (it != series.utilization.rend())
            latest[version] = *it;
    }
    m_versions->setUtilization(latest);
    emit metricsUpdated();
}

} // namespace switchyard::models
