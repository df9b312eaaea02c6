#include "ClusterSession.h"

#include <utility>

#include <QUrl>

#include "EndpointListModel.h"
#include "ProfileOptions.h"
#include "VersionTableModel.h"

namespace switchyard::models {
namespace {
constexpr int kTickMs = 1000;
constexpr int kSlowEveryTicks = 5; // endpoints list and cluster capacity: every 5 s (events cover changes)
constexpr int kRefreshDelayMs = 150;

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
      m_endpoints(new EndpointListModel(this)), m_versions(new VersionTableModel(this)),
      m_connection(new SessionConnection(*m_client, m_profile.url, this)),
      m_history(new EventHistory(kMaxEvents, this))
{
    const auto connected = [this] { return m_connection->isConnected(); };
    m_focus = new FocusedEndpoint(*m_client, m_versions, observer(), connected, this);

    connect(m_connection, &SessionConnection::reached, this, &ClusterSession::onReached);
    connect(m_connection, &SessionConnection::connected, this, &ClusterSession::onConnected);
    connect(m_connection, &SessionConnection::stateChanged, this, &ClusterSession::onConnectionStateChanged);
    // Answers came back after a stall: what is on screen may have changed meanwhile.
    connect(m_connection, &SessionConnection::resumed, this, &ClusterSession::scheduleRefresh);
    connect(m_history, &EventHistory::recordsArrived, this, [this](const std::vector<EventRecord>& events) {
        emit eventRecordsArrived(events);
        emit eventsArrived(static_cast<int>(events.size()));
        scheduleRefresh();
    });
    connect(m_history, &EventHistory::cleared, this, &ClusterSession::eventHistoryCleared);
    connect(m_focus, &FocusedEndpoint::changed, this, &ClusterSession::focusedEndpointChanged);
    connect(m_focus, &FocusedEndpoint::metricsUpdated, this, &ClusterSession::metricsUpdated);

    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &ClusterSession::onTick);
    // Events come in bursts (a traffic change is several); one reload answers them all.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &ClusterSession::refresh);
}

ClusterSession::~ClusterSession()
{
    // First, before the parts (children, deleted after this body): cancels every call and waits for a
    // callback in progress, so none posts to a dying receiver.
    m_history->stop();
    m_client.reset();
}

OutcomeObserver ClusterSession::observer()
{
    return [this](const Error* error) { m_connection->noteOutcome(error); };
}

QString ClusterSession::displayName() const
{
    if (m_cluster && !m_cluster->name.empty())
        return QString::fromStdString(m_cluster->name);
    if (!m_profile.name.isEmpty())
        return m_profile.name;
    return QUrl(m_profile.url).host();
}

void ClusterSession::start()
{
    m_connection->start();
}

void ClusterSession::onReached(const ClusterInfo& cluster)
{
    m_cluster = cluster;
    emit clusterChanged();
}

void ClusterSession::onConnected()
{
    loadIdentity();
    m_history->follow(*m_client);
    refresh();
    refreshModels();
    m_tick.start();
}

void ClusterSession::loadIdentity()
{
    m_client->whoami(deliver<WhoAmI>(this, [this](const client::ApiResult<WhoAmI>& r) {
        if (r.ok()) {
            m_identity = r.value();
            emit identityChanged();
        } else if (r.httpStatus() == 404 && m_identity) { // a server from before roles
            m_identity.reset();
            emit identityChanged();
        }
    }));
}

QDateTime ClusterSession::staleSince() const
{
    return m_connection->isLive() ? QDateTime() : m_connection->lastAnswer();
}

void ClusterSession::onConnectionStateChanged()
{
    if (!m_connection->isConnected())
        m_tick.stop();
    // The tables keep their rows (the operator still sees what was there) but say how old they are.
    const QDateTime since = staleSince();
    m_endpoints->setStaleSince(since);
    m_versions->setStaleSince(since);
    emit stateChanged();
}

void ClusterSession::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void ClusterSession::refresh()
{
    if (!m_connection->isConnected())
        return;
    loadCluster();
    loadEndpoints();
    m_focus->load();
}

void ClusterSession::refreshModels()
{
    m_client->listModels(deliver<std::vector<ModelInfo>>(
        this, [this](const client::ApiResult<std::vector<ModelInfo>>& result) {
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
    if (!m_connection->isConnected())
        return;
    ++m_ticks;
    if (m_ticks % kSlowEveryTicks == 0) {
        loadCluster();
        loadEndpoints();
    }
    if (m_focus->name().isEmpty()) {
        // Nothing on screen to poll; still notice a server that went away.
        if (m_ticks % 2 == 0)
            loadCluster();
        return;
    }
    m_focus->load();
    m_focus->loadMetrics();
}

void ClusterSession::loadCluster()
{
    if (!m_loadingCluster.tryStart())
        return;
    m_client->getCluster(deliver<ClusterInfo>(this, [this](const client::ApiResult<ClusterInfo>& result) {
        m_loadingCluster.finish();
        if (result && result.value() != m_cluster) {
            m_cluster = result.value();
            emit clusterChanged();
        }
    }));
}

void ClusterSession::loadEndpoints()
{
    if (!m_loadingEndpoints.tryStart())
        return;
    m_client->listEndpoints(deliver<std::vector<EndpointSummary>>(
        this, [this](const client::ApiResult<std::vector<EndpointSummary>>& result) {
            m_loadingEndpoints.finish();
            if (result)
                m_endpoints->setEndpoints(result.value());
        }));
}

void ClusterSession::setFocusEndpoint(const QString& endpoint)
{
    m_focus->setName(endpoint);
}

void ClusterSession::requestMetricsHistory(int seconds)
{
    m_focus->requestHistory(seconds);
}

void ClusterSession::createEndpoint(const EndpointSpec& spec, QObject* context, Done<EndpointInfo> done)
{
    forward<EndpointInfo>(context, refreshingAfter(std::move(done)),
                          &client::SwitchyardClient::createEndpoint, spec);
}

void ClusterSession::updateEndpoint(const QString& endpoint, const EndpointPatch& patch, QObject* context,
                                    Done<EndpointInfo> done)
{
    forward<EndpointInfo>(context, refreshingAfter(std::move(done)),
                          &client::SwitchyardClient::updateEndpoint, str(endpoint), patch);
}

void ClusterSession::deleteEndpoint(const QString& endpoint, QObject* context, Done<client::Nothing> done)
{
    forward<client::Nothing>(context, refreshingAfter(std::move(done)),
                             &client::SwitchyardClient::deleteEndpoint, str(endpoint));
}

void ClusterSession::createVersion(const QString& endpoint, const VersionSpec& spec, QObject* context,
                                   Done<VersionInfo> done)
{
    forward<VersionInfo>(context, refreshingAfter(std::move(done)), &client::SwitchyardClient::createVersion,
                         str(endpoint), spec);
}

void ClusterSession::updateVersion(const QString& endpoint, const QString& version, const VersionPatch& patch,
                                   QObject* context, Done<VersionInfo> done)
{
    forward<VersionInfo>(context, refreshingAfter(std::move(done)), &client::SwitchyardClient::updateVersion,
                         str(endpoint), str(version), patch);
}

void ClusterSession::deleteVersion(const QString& endpoint, const QString& version, QObject* context,
                                   Done<client::Nothing> done)
{
    forward<client::Nothing>(context, refreshingAfter(std::move(done)),
                             &client::SwitchyardClient::deleteVersion, str(endpoint), str(version));
}

void ClusterSession::setTraffic(const QString& endpoint, const TrafficRequest& request, QObject* context,
                                Done<EndpointInfo> done)
{
    // The answer is the endpoint after the change: shown at once, so that the editor that asked never
    // flashes the old split while the refresh is on its way.
    Done<EndpointInfo> adopting = [this,
                                   done = std::move(done)](const client::ApiResult<EndpointInfo>& result) {
        if (result)
            m_focus->adopt(result.value());
        if (done)
            done(result);
    };
    forward<EndpointInfo>(context, refreshingAfter(std::move(adopting)),
                          &client::SwitchyardClient::setTraffic, str(endpoint), request);
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
    forward<KeySet>(context, std::move(done), &client::SwitchyardClient::getKeys, str(endpoint));
}

void ClusterSession::regenerateKey(const QString& endpoint, client::KeyType type, QObject* context,
                                   Done<KeySet> done)
{
    forward<KeySet>(context, std::move(done), &client::SwitchyardClient::regenerateKey, str(endpoint), type);
}

void ClusterSession::getToken(const QString& endpoint, QObject* context, Done<AccessToken> done)
{
    forward<AccessToken>(context, std::move(done), &client::SwitchyardClient::getToken, str(endpoint));
}

void ClusterSession::listOperators(QObject* context, Done<std::vector<OperatorInfo>> done)
{
    forward<std::vector<OperatorInfo>>(context, std::move(done), &client::SwitchyardClient::listOperators);
}

void ClusterSession::createOperator(const QString& name, const QString& role, int expiresInSeconds,
                                    QObject* context, Done<OperatorInfo> done)
{
    forward<OperatorInfo>(context, std::move(done), &client::SwitchyardClient::createOperator, str(name),
                          str(role), expiresInSeconds);
}

void ClusterSession::deleteOperator(const QString& name, QObject* context, Done<client::Nothing> done)
{
    forward<client::Nothing>(context, std::move(done), &client::SwitchyardClient::deleteOperator, str(name));
}

void ClusterSession::registerModel(const QString& name, QByteArray bytes, QObject* context,
                                   Done<ModelInfo> done)
{
    Done<ModelInfo> refreshing = [this, done = std::move(done)](const client::ApiResult<ModelInfo>& result) {
        if (result)
            refreshModels();
        if (done)
            done(result);
    };
    forward<ModelInfo>(context, std::move(refreshing), &client::SwitchyardClient::registerModel, str(name),
                       bytes.toStdString());
}

void ClusterSession::fetchLogs(const QString& endpoint, const QString& version, int tail, QObject* context,
                               Done<std::string> done)
{
    forward<std::string>(context, std::move(done), &client::SwitchyardClient::getLogs, str(endpoint),
                         str(version), tail);
}

void ClusterSession::fetchReplicas(const QString& endpoint, const QString& version, QObject* context,
                                   Done<std::vector<ReplicaStatus>> done)
{
    forward<std::vector<ReplicaStatus>>(context, std::move(done), &client::SwitchyardClient::getReplicas,
                                        str(endpoint), str(version));
}

void ClusterSession::fetchCluster(QObject* context, Done<ClusterInfo> done)
{
    forward<ClusterInfo>(context, std::move(done), &client::SwitchyardClient::getCluster);
}

void ClusterSession::fetchPreparedMonitor(int seconds, QObject* context, Done<PreparedMonitorSnapshot> done)
{
    m_client->monitor(seconds, deliverQueuedPrepared<MonitorSnapshot, PreparedMonitorSnapshot>(
                                   this, context, observer(), &prepareMonitorSnapshot, std::move(done)));
}

void ClusterSession::score(const QString& endpoint, const client::ScoreRequest& request, QObject* context,
                           Done<client::ScoreResult> done)
{
    forward<client::ScoreResult>(context, std::move(done), &client::SwitchyardClient::score, str(endpoint),
                                 request);
}

} // namespace switchyard::models
