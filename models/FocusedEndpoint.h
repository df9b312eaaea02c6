#pragma once

#include <functional>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include "ResultDelivery.h"
#include "SingleFlight.h"
#include "SwitchyardClient.h"

namespace switchyard::models {

class VersionTableModel;

// The endpoint on screen: its latest state (shown in `versions`) and its metrics window. A newly
// focused endpoint gets the charts' default window at once; later pages ask only for what came since.
// Lives on the GUI thread; the client it uses outlives its calls (see ResultDelivery.h).
class FocusedEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusedEndpoint)

public:
    static constexpr int kFirstMetricsSeconds = 300; // the charts' default window
    static constexpr int kMaxMetricsSeconds = 3600;  // what the server keeps

    // `active` says whether polling makes sense now (the session is connected).
    FocusedEndpoint(client::SwitchyardClient& client, VersionTableModel* versions, OutcomeObserver observe,
                    std::function<bool()> active, QObject* parent = nullptr);

    // Empty for none. Clears what was shown and loads the new one.
    void setName(const QString& endpoint);
    QString name() const { return m_name; }
    const std::optional<EndpointInfo>& endpoint() const { return m_endpoint; }
    const std::optional<MetricsPage>& metrics() const { return m_metrics; }

    void load();
    void loadMetrics();
    // The next metrics page reaches `seconds` back (a chart window grew).
    void requestHistory(int seconds);
    // Shows `endpoint` as the latest state when it is the focused one (an intent's answer).
    void adopt(const EndpointInfo& endpoint);

signals:
    void changed();
    void metricsUpdated();

private:
    template <class T>
    client::Callback<T> internal(ResultHandler<T> done)
    {
        return deliverQueued<T>(this, this, m_observe, std::move(done));
    }
    void onMetrics(const MetricsPage& page);

    client::SwitchyardClient& m_client;
    VersionTableModel* m_versions;
    OutcomeObserver m_observe;
    std::function<bool()> m_active;
    QString m_name;
    std::optional<EndpointInfo> m_endpoint;
    std::optional<MetricsPage> m_metrics;
    SingleFlight m_loading;
    SingleFlight m_loadingMetrics;
    // Since the last metrics page: the next page asks only for what came since.
    QElapsedTimer m_sinceMetrics;
    int m_historySeconds = 0; // a wider page asked for by requestHistory
};

} // namespace switchyard::models
