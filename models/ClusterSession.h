#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "ClusterGauges.h"
#include "ClusterProfile.h"
#include "SwitchyardClient.h"

namespace switchyard::models {

class EndpointListModel;
class VersionTableModel;

// One attached cluster: loads the cluster, its endpoints and the versions of the endpoint on screen,
// follows the event feed, polls what is on screen once a second, and reconnects with back-off.
//
// Threading: the client calls back on its own thread. Every callback only posts a queued call to this
// session (QMetaObject::invokeMethod(this, …, Qt::QueuedConnection)); that is safe because the session
// owns the client and destroys it first in its destructor, which cancels every call in flight and waits
// for a callback already running. Posted calls die with the session. Intents take a `context`: their
// result is delivered on the GUI thread only while that context is alive (a closed dialog gets nothing).
class ClusterSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSession)

public:
    enum class State
    {
        Connecting,
        Connected,
        Reconnecting,
        Unreachable,
    };
    Q_ENUM(State)

    template <class T>
    using Done = std::function<void(const client::ApiResult<T>&)>;

    explicit ClusterSession(ClusterProfile profile, QObject* parent = nullptr);
    ~ClusterSession() override;

    void start();
    const ClusterProfile& profile() const { return m_profile; }
    QString displayName() const;
    State state() const { return m_state; }
    QString stateText() const;
    QString lastError() const { return m_lastError; }
    const std::optional<ClusterInfo>& cluster() const { return m_cluster; }
    QStringList modelReferences() const { return m_models; }

    EndpointListModel* endpoints() const { return m_endpoints; }
    VersionTableModel* versions() const { return m_versions; }

    // The endpoint whose versions (and metrics) are on screen; empty for none.
    void setFocusEndpoint(const QString& endpoint);
    QString focusEndpoint() const { return m_focus; }
    const std::optional<EndpointInfo>& focusedEndpoint() const { return m_focused; }
    const std::optional<MetricsPage>& focusedMetrics() const { return m_metrics; }
    // The latest events of the feed (oldest first, at most kMaxEvents): the history views start from it.
    static constexpr std::size_t kMaxEvents = 5000;
    const std::deque<EventRecord>& recentEvents() const { return m_events; }
    // Every version's latest second, polled once a second (one GET /metrics) while something on screen
    // watches the whole cluster (the dashboard); clusterGaugesUpdated() tells when it changed.
    void setWatchingClusterGauges(bool watching);
    // The focused endpoint's next metrics page reaches `seconds` back (a chart window grew: the
    // server keeps an hour, so the wider window fills at once).
    void requestMetricsHistory(int seconds);
    const client::ClusterGauges& clusterGauges() const { return m_gauges; }
    // Reloads everything now (after a change, or when the user asks).
    void refresh();
    void refreshModels();

    // Intents. Each answer also refreshes what it changed.
    void createEndpoint(const EndpointSpec& spec, QObject* context, Done<EndpointInfo> done);
    void updateEndpoint(const QString& endpoint, const EndpointPatch& patch, QObject* context,
                        Done<EndpointInfo> done);
    void deleteEndpoint(const QString& endpoint, QObject* context, Done<client::Nothing> done);
    void createVersion(const QString& endpoint, const VersionSpec& spec, QObject* context,
                       Done<VersionInfo> done);
    void updateVersion(const QString& endpoint, const QString& version, const VersionPatch& patch,
                       QObject* context, Done<VersionInfo> done);
    void deleteVersion(const QString& endpoint, const QString& version, QObject* context,
                       Done<client::Nothing> done);
    void setTraffic(const QString& endpoint, const TrafficRequest& request, QObject* context,
                    Done<EndpointInfo> done);
    void promoteToControl(const QString& endpoint, const QString& version, QObject* context,
                          Done<VersionInfo> done);
    void getKeys(const QString& endpoint, QObject* context, Done<KeySet> done);
    void regenerateKey(const QString& endpoint, client::KeyType type, QObject* context, Done<KeySet> done);
    void getToken(const QString& endpoint, QObject* context, Done<AccessToken> done);
    void registerModel(const QString& name, QByteArray bytes, QObject* context, Done<ModelInfo> done);
    void fetchLogs(const QString& endpoint, const QString& version, int tail, QObject* context,
                   Done<std::string> done);
    void fetchCluster(QObject* context, Done<ClusterInfo> done);
    void score(const QString& endpoint, const client::ScoreRequest& request, QObject* context,
               Done<client::ScoreResult> done);

signals:
    void stateChanged();
    void clusterChanged();
    void modelsChanged();
    void focusedEndpointChanged();
    void metricsUpdated();
    void eventsArrived(int count);
    void clusterGaugesUpdated();
    // The records themselves, oldest first, already added to recentEvents().
    void eventRecordsArrived(const std::vector<switchyard::EventRecord>& events);

private:
    // Wraps `done` so it runs on the GUI thread, only while `context` lives, after the session has seen
    // the result (a transport error marks the cluster unreachable).
    template <class T>
    client::Callback<T> deliver(QObject* context, Done<T> done)
    {
        QPointer<QObject> guard(context);
        auto shared = std::make_shared<Done<T>>(std::move(done));
        return [this, guard, shared](client::ApiResult<T> result) {
            auto boxed = std::make_shared<client::ApiResult<T>>(std::move(result));
            QMetaObject::invokeMethod(
                this,
                [this, guard, shared, boxed] {
                    noteOutcome(boxed->ok() ? nullptr : &boxed->error());
                    if (guard && *shared)
                        (*shared)(*boxed);
                },
                Qt::QueuedConnection);
        };
    }
    // Internal calls: same path, the session itself as context.
    template <class T>
    client::Callback<T> internal(Done<T> done)
    {
        return deliver<T>(this, std::move(done));
    }

    void noteOutcome(const Error* error);
    void setState(State state, const QString& error = {});
    void tryConnect();
    void scheduleReconnect();
    void onConnected(const ClusterInfo& cluster);
    void subscribe();
    void onTick();
    void loadEndpoints();
    void loadFocused();
    // Shows `endpoint` as the focused one's latest state when it is the focus.
    void adoptFocused(const EndpointInfo& endpoint);
    void loadMetrics();
    void loadCluster();
    void loadClusterGauges();
    void scheduleRefresh();
    void onEvents(std::vector<EventRecord> events);

    ClusterProfile m_profile;
    std::unique_ptr<client::SwitchyardClient> m_client;
    client::RequestHandle m_feed;
    State m_state = State::Connecting;
    QString m_lastError;
    int m_failures = 0;
    std::optional<ClusterInfo> m_cluster;
    QStringList m_models;
    EndpointListModel* m_endpoints = nullptr;
    VersionTableModel* m_versions = nullptr;
    QString m_focus;
    std::optional<EndpointInfo> m_focused;
    std::optional<MetricsPage> m_metrics;
    std::deque<EventRecord> m_events;
    std::int64_t m_lastSeq = 0;

    QTimer m_tick;
    QTimer m_reconnect;
    QTimer m_refresh;
    int m_ticks = 0;
    bool m_connectInFlight = false;
    bool m_endpointsInFlight = false;
    bool m_focusedInFlight = false;
    bool m_metricsInFlight = false;
    // Since the focused endpoint's last metrics page: the next page asks only for what came since.
    QElapsedTimer m_sinceMetrics;
    int m_metricsHistorySeconds = 0; // a wider page asked for by requestMetricsHistory
    bool m_clusterInFlight = false;
    bool m_watchGauges = false;
    bool m_gaugesInFlight = false;
    client::ClusterGauges m_gauges;
};

} // namespace switchyard::models
