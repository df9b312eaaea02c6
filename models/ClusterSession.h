#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "ClusterProfile.h"
#include "EventHistory.h"
#include "FocusedEndpoint.h"
#include "PreparedMonitorSnapshot.h"
#include "ResultDelivery.h"
#include "SessionConnection.h"
#include "SingleFlight.h"
#include "SwitchyardClient.h"

namespace switchyard::models {

class EndpointListModel;
class VersionTableModel;

// One attached cluster, as the console's panes see it: loads the cluster, its endpoints and the versions
// of the endpoint on screen, follows the event feed, polls what is on screen once a second, and
// reconnects with back-off. The work is done by its parts (SessionConnection, EventHistory,
// FocusedEndpoint); the session schedules them and forwards the intents.
//
// Threading: the client calls back on its own thread. Every callback only posts a queued call to this
// session or one of its parts (see ResultDelivery.h); that is safe because the session owns the client
// and destroys it first in its destructor, before its parts, which cancels every call in flight and
// waits for a callback already running. Posted calls die with their receiver. Intents take a `context`:
// their result is delivered on the GUI thread only while that context is alive (a closed dialog gets
// nothing).
class ClusterSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSession)

public:
    using State = SessionConnection::State;

    template <class T>
    using Done = ResultHandler<T>;

    explicit ClusterSession(ClusterProfile profile, QObject* parent = nullptr);
    ~ClusterSession() override;

    void start();
    const ClusterProfile& profile() const { return m_profile; }
    QString displayName() const;
    State state() const { return m_connection->state(); }
    QString stateText() const { return m_connection->stateText(); }
    QString lastError() const { return m_connection->lastError(); }
    QString lastErrorDetail() const { return m_connection->lastErrorDetail(); }
    // When what the panes show was current: the cluster's last answer while it is not answering now
    // (not responding, reconnecting, unreachable); invalid while it answers, or before it ever did.
    QDateTime staleSince() const;
    const std::optional<ClusterInfo>& cluster() const { return m_cluster; }
    // Who the attached credential is (GET /api/v1/whoami, asked on every connection); empty until it
    // answered, and from servers before roles.
    const std::optional<WhoAmI>& identity() const { return m_identity; }
    QStringList modelReferences() const { return m_models; }

    EndpointListModel* endpoints() const { return m_endpoints; }
    VersionTableModel* versions() const { return m_versions; }

    // The endpoint whose versions (and metrics) are on screen; empty for none.
    void setFocusEndpoint(const QString& endpoint);
    QString focusEndpoint() const { return m_focus->name(); }
    const std::optional<EndpointInfo>& focusedEndpoint() const { return m_focus->endpoint(); }
    const std::optional<MetricsPage>& focusedMetrics() const { return m_focus->metrics(); }
    // The latest events of the feed (oldest first, at most kMaxEvents): the history views start from it.
    static constexpr std::size_t kMaxEvents = EventHistory::kMaxEvents;
    const std::deque<EventRecord>& recentEvents() const { return m_history->events(); }
    // The focused endpoint's next metrics page reaches `seconds` back (a chart window grew: the
    // server keeps an hour, so the wider window fills at once).
    void requestMetricsHistory(int seconds);
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
    // GET …/versions/{v}/replicas: the version's replicas now, for the replicas list.
    void fetchReplicas(const QString& endpoint, const QString& version, QObject* context,
                       Done<std::vector<ReplicaStatus>> done);
    // GET /api/v1/monitor: the whole cluster's last second (and `seconds` of history), its history made into
    // the Monitor's series on the client's thread (MonitorPoller).
    void fetchPreparedMonitor(int seconds, QObject* context, Done<PreparedMonitorSnapshot> done);
    void score(const QString& endpoint, const client::ScoreRequest& request, QObject* context,
               Done<client::ScoreResult> done);
    // The named operator credentials (admin): list, add (the answer carries the token, once), revoke.
    void listOperators(QObject* context, Done<std::vector<OperatorInfo>> done);
    void createOperator(const QString& name, const QString& role, int expiresInSeconds, QObject* context,
                        Done<OperatorInfo> done);
    void deleteOperator(const QString& name, QObject* context, Done<client::Nothing> done);

signals:
    void stateChanged();
    void clusterChanged();
    void identityChanged();
    void modelsChanged();
    void focusedEndpointChanged();
    void metricsUpdated();
    void eventsArrived(int count);
    // The records themselves, oldest first, already added to recentEvents().
    void eventRecordsArrived(const std::vector<switchyard::EventRecord>& events);
    // The server's log was replaced (a new data dir): recentEvents() was emptied; history views start over.
    void eventHistoryCleared();

private:
    // Wraps `done` so it runs on the GUI thread, only while `context` lives, after the connection has seen
    // the result (a transport error marks the cluster unreachable).
    template <class T>
    client::Callback<T> deliver(QObject* context, Done<T> done)
    {
        return deliverQueued<T>(this, context, observer(), std::move(done));
    }
    // One intent: the client's call `call` with `args`, its answer delivered to `done` within `context`.
    template <class T, class Call, class... Args>
    void forward(QObject* context, Done<T> done, Call call, Args&&... args)
    {
        std::invoke(call, *m_client, std::forward<Args>(args)..., deliver<T>(context, std::move(done)));
    }
    // An intent that changes the cluster refreshes after its answer, so the panes show the change
    // without waiting for the event feed (which will confirm it).
    template <class T>
    Done<T> refreshingAfter(Done<T> done)
    {
        return [this, done = std::move(done)](const client::ApiResult<T>& result) {
            if (result)
                scheduleRefresh();
            if (done)
                done(result);
        };
    }
    OutcomeObserver observer();

    void onReached(const ClusterInfo& cluster);
    void onConnected();
    void onConnectionStateChanged();
    void onTick();
    void loadEndpoints();
    void loadCluster();
    void loadIdentity();
    void scheduleRefresh();

    ClusterProfile m_profile;
    std::unique_ptr<client::SwitchyardClient> m_client;
    EndpointListModel* m_endpoints = nullptr;
    VersionTableModel* m_versions = nullptr;
    SessionConnection* m_connection = nullptr;
    EventHistory* m_history = nullptr;
    FocusedEndpoint* m_focus = nullptr;
    std::optional<ClusterInfo> m_cluster;
    std::optional<WhoAmI> m_identity;
    QStringList m_models;

    QTimer m_tick;
    QTimer m_refresh;
    int m_ticks = 0;
    SingleFlight m_loadingCluster;
    SingleFlight m_loadingEndpoints;
};

} // namespace switchyard::models
