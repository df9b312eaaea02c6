#include "ClusterSession.h"

#include <algorithm>
#include <utility>
#include <cmath>

#include <QUrl>

#include "EndpointListModel.h"
#include "ProfileOptions.h"
#include "VersionTableModel.h"

namespace switchyard::models {
namespace {
constexpr int kTickMs = 1000;
constexpr int kSlowEveryTicks = 5; // endpoints list and cluster capacity: every 5 s (events cover changes)
constexpr int kMaxBackoffMs = 10000;
constexpr int kFirstMetricsSeconds = 300; // the charts' default window

std::string str(const QString& text)
{
    return text.toStdString();
}

client::ClientOptions optionsFor(const ClusterProfile& profile)
{
    auto options = clientOptionsFor(profile);
    // The console notices an unreachable cluster from its own polls; it should not sit in retries.
    options.connectTimeout = std::chrono::milliseconds(3000);
    options.totalTimeout = std::chrono::milliseconds(15000);
    options.maxRetries = 1;
    return options;
}
} // namespace

ClusterSession::ClusterSession(ClusterProfile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)),
      m_client(std::make_unique<client::SwitchyardClient>(optionsFor(m_profile))),
      m_endpoints(new EndpointListModel(this)), m_versions(new VersionTableModel(this))
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &ClusterSession::onTick);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ClusterSession::tryConnect);
    // Events come in bursts (a traffic change is several); one reload answers them all.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &ClusterSession::refresh);
}

ClusterSession::~ClusterSession()
{
    // First: cancels every call and waits for a callback in progress, so none touches a dying session.
    m_feed.cancel();
    m_client.reset();
}

QString ClusterSession::displayName() const
{
    if (m_cluster && !m_cluster->name.empty())
        return QString::fromStdString(m_cluster->name);
    if (!m_profile.name.isEmpty())
        return m_profile.name;
    return QUrl(m_profile.url).host();
}

QString ClusterSession::stateText() const
{
    switch (m_state) {
    case State::Connecting:
        return tr("connecting");
    case State::Connected:
        return tr("connected");
    case State::Reconnecting:
        return tr("reconnecting");
    case State::Unreachable:
        return tr("unreachable");
    }
    return {};
}

void ClusterSession::start()
{
    setState(State::Connecting);
    tryConnect();
}

void ClusterSession::setState(State state, const QString& error)
{
    if (!error.isEmpty())
        m_lastError = error;
    if (state == State::Connected)
        m_lastError.clear();
    if (state == m_state && error.isEmpty())
        return;
    m_state = state;
    emit stateChanged();
}

void ClusterSession::tryConnect()
{
    if (m_connectInFlight)
        return;
    m_connectInFlight = true;
    m_client->getCluster(internal<ClusterInfo>([this](const client::ApiResult<ClusterInfo>& result) {
        m_connectInFlight = false;
        if (result) {
            onConnected(result.value());
            return;
        }
        setState(State::Unreachable, QString::fromStdString(client::describe(result)));
        scheduleReconnect();
    }));
}

void ClusterSession::noteOutcome(const Error* error)
{
    // Only a lost connection or a refused token says something about the cluster; a 400 or 409 does not.
    if (!error || (error->kind != ErrorKind::Transport && error->kind != ErrorKind::Unauthorized))
        return;
    const QString message =
        error->kind == ErrorKind::Unauthorized
            ? tr("The cluster refused the admin token: %1").arg(QString::fromStdString(error->message))
            : QString::fromStdString(error->message);
    if (m_state != State::Connected)
        return; // tryConnect reports its own failures
    m_tick.stop();
    setState(State::Reconnecting, message);
    scheduleReconnect();
}

void ClusterSession::scheduleReconnect()
{
    if (m_reconnect.isActive())
        return;
    const int delay = std::min(kMaxBackoffMs, 500 * (1 << std::min(m_failures, 5)));
    ++m_failures;
    m_reconnect.start(delay);
}

void ClusterSession::onConnected(const ClusterInfo& cluster)
{
    m_failures = 0;
    m_reconnect.stop();
    m_cluster = cluster;
    emit clusterChanged();
    setState(State::Connected);
    if (!m_feed.valid())
        subscribe();
    refresh();
    refreshModels();
    m_tick.start();
}

void ClusterSession::subscribe()
{
    // Every change anyone makes arrives here; the feed resumes by itself across restarts.
    m_feed = m_client->subscribeEvents(
        0,
        [this](const EventPage& page) {
            auto events = std::make_shared<std::vector<EventRecord>>(page.events);
            QMetaObject::invokeMethod(
                this, [this, events] { onEvents(std::move(*events)); }, Qt::QueuedConnection);
        },
        {}, 25);
}

void ClusterSession::onEvents(std::vector<EventRecord> events)
{
    // The feed resumes across restarts from the last seq it saw, so nothing should repeat; a server that
    // lost its log (a new data dir) starts again at 1, and then the old history no longer applies.
    if (!events.empty() && events.front().seq <= 1 && m_lastSeq > 1) {
        m_events.clear();
        m_lastSeq = 0;
    }
    std::erase_if(events, [this](const EventRecord& e) { return e.seq <= m_lastSeq; });
    if (events.empty())
        return;
    m_lastSeq = events.back().seq;
    m_events.insert(m_events.end(), events.begin(), events.end());
    while (m_events.size() > kMaxEvents)
        m_events.pop_front();
    emit eventRecordsArrived(events);
    emit eventsArrived(static_cast<int>(events.size()));
    scheduleRefresh();
}

void ClusterSession::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void ClusterSession::refresh()
{
    if (m_state != State::Connected)
        return;
    loadCluster();
    loadEndpoints();
    loadFocused();
}

void ClusterSession::refreshModels()
{
    m_client->listModels(
        internal<std::vector<ModelInfo>>([this](const client::ApiResult<std::vector<ModelInfo>>& result) {
            if (!result)
                return;
            QStringList references;
            for (const auto& model : result.value())
                references << QString::fromStdString(model.reference());
            references.sort();
            if (references != m_models) {
                m_models = references;
                emit modelsChanged();
            }
        }));
}

void ClusterSession::onTick()
{
    if (m_state != State::Connected)
        return;
    ++m_ticks;
    if (m_watchGauges)
        loadClusterGauges();
    if (m_ticks % kSlowEveryTicks == 0) {
        loadCluster();
        loadEndpoints();
    }
    if (m_focus.isEmpty()) {
        // Nothing on screen to poll; still notice a server that went away.
        if (m_ticks % 2 == 0)
            loadCluster();
        return;
    }
    loadFocused();
    loadMetrics();
}

void ClusterSession::loadCluster()
{
    if (m_clusterInFlight)
        return;
    m_clusterInFlight = true;
    m_client->getCluster(internal<ClusterInfo>([this](const client::ApiResult<ClusterInfo>& result) {
        m_clusterInFlight = false;
        if (result && result.value() != m_cluster) {
            m_cluster = result.value();
            emit clusterChanged();
        }
    }));
}

void ClusterSession::loadEndpoints()
{
    if (m_endpointsInFlight)
        return;
    m_endpointsInFlight = true;
    m_client->listEndpoints(internal<std::vector<EndpointSummary>>(
        [this](const client::ApiResult<std::vector<EndpointSummary>>& result) {
            m_endpointsInFlight = false;
            if (result)
                m_endpoints->setEndpoints(result.value());
        }));
}

void ClusterSession::setFocusEndpoint(const QString& endpoint)
{
    if (endpoint == m_focus)
        return;
    m_focus = endpoint;
    m_focused.reset();
    m_metrics.reset();
    m_sinceMetrics.invalidate();
    m_versions->clear();
    emit focusedEndpointChanged();
    loadFocused();
    loadMetrics();
}

void ClusterSession::loadFocused()
{
    if (m_focus.isEmpty() || m_focusedInFlight || m_state != State::Connected)
        return;
    m_focusedInFlight = true;
    const QString asked = m_focus;
    m_client->getEndpoint(
        str(asked), internal<EndpointInfo>([this, asked](const client::ApiResult<EndpointInfo>& result) {
            m_focusedInFlight = false;
            if (asked != m_focus)
                return loadFocused(); // the user moved on while this was in flight
            if (result) {
                adoptFocused(result.value());
            } else if (result.httpStatus() == 404 && m_focused) {
                m_focused.reset();
                m_versions->clear();
                emit focusedEndpointChanged();
            }
        }));
}

void ClusterSession::adoptFocused(const EndpointInfo& endpoint)
{
    if (QString::fromStdString(endpoint.name) != m_focus)
        return;
    const bool changed = endpoint != m_focused;
    m_focused = endpoint;
    m_versions->setVersions(m_focused->versions);
    if (changed)
        emit focusedEndpointChanged();
}

void ClusterSession::setWatchingClusterGauges(bool watching)
{
    if (watching == m_watchGauges)
        return;
    m_watchGauges = watching;
    if (watching)
        loadClusterGauges();
}

void ClusterSession::loadClusterGauges()
{
    if (m_gaugesInFlight || m_state != State::Connected)
        return;
    m_gaugesInFlight = true;
    m_client->getPrometheusMetrics(
        internal<std::string>([this](const client::ApiResult<std::string>& result) {
            m_gaugesInFlight = false;
            if (!result)
                return;
            m_gauges = client::ClusterGauges::fromPrometheusText(result.value());
            emit clusterGaugesUpdated();
        }));
}

void ClusterSession::requestMetricsHistory(int seconds)
{
    m_metricsHistorySeconds = std::clamp(seconds, 0, 3600);
    loadMetrics(); // now, unless a page is already on its way (then with the next tick)
}

void ClusterSession::loadMetrics()
{
    if (m_focus.isEmpty() || m_metricsInFlight || m_state != State::Connected)
        return;
    m_metricsInFlight = true;
    const QString asked = m_focus;
    // A newly focused endpoint gets the charts' default window (5 min) at once; after that each page
    // asks for the seconds since the last one and a few more (never under 5 s, never over a minute, so a
    // slow answer or a skewed clock loses nothing), not the whole minute every second.
    int seconds = !m_sinceMetrics.isValid()
                      ? kFirstMetricsSeconds
                      : int(std::clamp<qint64>(m_sinceMetrics.elapsed() / 1000 + 3, 5, 60));
    seconds = std::max(seconds, std::exchange(m_metricsHistorySeconds, 0));
    m_client->getMetrics(str(asked), seconds,
                         internal<MetricsPage>([this, asked](const client::ApiResult<MetricsPage>& result) {
                             m_metricsInFlight = false;
                             if (asked != m_focus || !result)
                                 return;
                             m_sinceMetrics.start();
                             m_metrics = result.value();
                             std::map<std::string, double> latest;
                             for (const auto& [version, series] : m_metrics->versions) {
                                 for (auto it = series.utilization.rbegin(); it != series.utilization.rend();
                                      ++it) {
                                     if (!std::isnan(*it)) {
                                         latest[version] = *it;
                                         break;
                                     }
                                 }
                             }
                             m_versions->setUtilization(latest);
                             emit metricsUpdated();
                         }));
}

// Intents: each one refreshes after its answer, so the panes show the change without waiting for the
// event feed (which will confirm it).
#define SWITCHYARD_AFTER(Type)                                                                               \
    [this, done = std::move(done)](const client::ApiResult<Type>& result) {                                  \
        if (result)                                                                                          \
            scheduleRefresh();                                                                               \
        if (done)                                                                                            \
            done(result);                                                                                    \
    }

void ClusterSession::createEndpoint(const EndpointSpec& spec, QObject* context, Done<EndpointInfo> done)
{
    m_client->createEndpoint(spec, deliver<EndpointInfo>(context, SWITCHYARD_AFTER(EndpointInfo)));
}

void ClusterSession::updateEndpoint(const QString& endpoint, const EndpointPatch& patch, QObject* context,
                                    Done<EndpointInfo> done)
{
    m_client->updateEndpoint(str(endpoint), patch,
                             deliver<EndpointInfo>(context, SWITCHYARD_AFTER(EndpointInfo)));
}

void ClusterSession::deleteEndpoint(const QString& endpoint, QObject* context, Done<client::Nothing> done)
{
    m_client->deleteEndpoint(str(endpoint),
                             deliver<client::Nothing>(context, SWITCHYARD_AFTER(client::Nothing)));
}

void ClusterSession::createVersion(const QString& endpoint, const VersionSpec& spec, QObject* context,
                                   Done<VersionInfo> done)
{
    m_client->createVersion(str(endpoint), spec,
                            deliver<VersionInfo>(context, SWITCHYARD_AFTER(VersionInfo)));
}

void ClusterSession::updateVersion(const QString& endpoint, const QString& version, const VersionPatch& patch,
                                   QObject* context, Done<VersionInfo> done)
{
    m_client->updateVersion(str(endpoint), str(version), patch,
                            deliver<VersionInfo>(context, SWITCHYARD_AFTER(VersionInfo)));
}

void ClusterSession::deleteVersion(const QString& endpoint, const QString& version, QObject* context,
                                   Done<client::Nothing> done)
{
    m_client->deleteVersion(str(endpoint), str(version),
                            deliver<client::Nothing>(context, SWITCHYARD_AFTER(client::Nothing)));
}

void ClusterSession::setTraffic(const QString& endpoint, const TrafficRequest& request, QObject* context,
                                Done<EndpointInfo> done)
{
    // The answer is the endpoint after the change: shown at once, so that the editor that asked never
    // flashes the old split while the refresh is on its way.
    m_client->setTraffic(str(endpoint), request,
                         deliver<EndpointInfo>(context, [this, done = std::move(done)](
                                                            const client::ApiResult<EndpointInfo>& result) {
                             if (result) {
                                 adoptFocused(result.value());
                                 scheduleRefresh();
                             }
                             if (done)
                                 done(result);
                         }));
}

void ClusterSession::promoteToControl(const QString& endpoint, const QString& version, QObject* context,
                                      Done<VersionInfo> done)
{
    VersionPatch patch;
    patch.isControlVersionType = true;
    updateVersion(endpoint, version, patch, context, std::move(done));
}

void ClusterSession::getKeys(const QString& endpoint, QObject* context, Done<KeySet> done)
{
    m_client->getKeys(str(endpoint), deliver<KeySet>(context, std::move(done)));
}

void ClusterSession::regenerateKey(const QString& endpoint, client::KeyType type, QObject* context,
                                   Done<KeySet> done)
{
    m_client->regenerateKey(str(endpoint), type, deliver<KeySet>(context, std::move(done)));
}

void ClusterSession::getToken(const QString& endpoint, QObject* context, Done<AccessToken> done)
{
    m_client->getToken(str(endpoint), deliver<AccessToken>(context, std::move(done)));
}

void ClusterSession::registerModel(const QString& name, QByteArray bytes, QObject* context,
                                   Done<ModelInfo> done)
{
    m_client->registerModel(
        str(name), bytes.toStdString(),
        deliver<ModelInfo>(context, [this, done = std::move(done)](const client::ApiResult<ModelInfo>& r) {
            if (r)
                refreshModels();
            if (done)
                done(r);
        }));
}

void ClusterSession::fetchLogs(const QString& endpoint, const QString& version, int tail, QObject* context,
                               Done<std::string> done)
{
    m_client->getLogs(str(endpoint), str(version), tail, deliver<std::string>(context, std::move(done)));
}

void ClusterSession::fetchCluster(QObject* context, Done<ClusterInfo> done)
{
    m_client->getCluster(deliver<ClusterInfo>(context, std::move(done)));
}

void ClusterSession::score(const QString& endpoint, const client::ScoreRequest& request, QObject* context,
                           Done<client::ScoreResult> done)
{
    m_client->score(str(endpoint), request, deliver<client::ScoreResult>(context, std::move(done)));
}

#undef SWITCHYARD_AFTER

} // namespace switchyard::models
