#include "EndpointRolloutView.h"

#include <QScrollArea>
#include <QVBoxLayout>

#include "ClusterSession.h"
#include "RoleGate.h"
#include "MetricHistory.h"
#include "TrafficEditModel.h"
#include "charts/MetricChartsView.h"
#include "history/HistoryView.h"
#include "keys/AuthModePanel.h"
#include "keys/CredentialsView.h"
#include "keys/KeysPanel.h"
#include "keys/TokenPanel.h"
#include "promote/ComparisonView.h"
#include "promote/PromotePanel.h"
#include "traffic/TrafficEditor.h"

namespace switchyard::widgets {

using models::ClusterSession;

namespace {
template <class T>
QString errorText(const client::ApiResult<T>& result)
{
    return result.ok() ? QString() : QString::fromStdString(client::describe(result));
}
} // namespace

EndpointRolloutView::EndpointRolloutView(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("endpointRolloutView"));
    m_metrics = new models::MetricHistory(this);
    m_traffic = new TrafficEditor(this);
    auto* promoteTab = new QWidget(this);
    m_promote = new PromotePanel(promoteTab);
    m_comparison = new ComparisonView(promoteTab);
    auto* promoteLayout = new QVBoxLayout(promoteTab);
    promoteLayout->addWidget(m_promote);
    promoteLayout->addWidget(m_comparison, 1);
    m_history = new HistoryView(this);
    m_charts = new MetricChartsView(this);
    m_credentials = new CredentialsView(this);
    m_comparison->setHistory(m_metrics);
    m_charts->setHistory(m_metrics);
    auto* trafficScroll = new QScrollArea(this);
    trafficScroll->setWidgetResizable(true);
    trafficScroll->setFrameShape(QFrame::NoFrame);
    trafficScroll->setWidget(m_traffic);
    addTab(trafficScroll, tr("Traffic"));
    addTab(promoteTab, tr("Promote"));
    addTab(m_charts, tr("Charts"));
    addTab(m_history, tr("History"));
    addTab(m_credentials, tr("Keys"));
    connectViews();
}

void EndpointRolloutView::setSession(ClusterSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_charts, nullptr, m_session, nullptr);
        disconnect(m_comparison, nullptr, m_session, nullptr);
    }
    m_session = session;
    m_metrics->clear();
    m_endpoint.clear();
    if (session) {
        connect(session, &ClusterSession::focusedEndpointChanged, this,
                &EndpointRolloutView::onFocusedEndpointChanged);
        connect(session, &ClusterSession::metricsUpdated, this, &EndpointRolloutView::onMetricsUpdated);
        // A wider chart window is filled from the server's hour of samples at once.
        connect(m_charts, &MetricChartsView::windowChanged, session, &ClusterSession::requestMetricsHistory);
        connect(m_comparison, &ComparisonView::windowChanged, session,
                &ClusterSession::requestMetricsHistory);
        connect(session, &ClusterSession::eventRecordsArrived, m_history, &HistoryView::addEvents);
        connect(session, &ClusterSession::identityChanged, this, &EndpointRolloutView::applyRole);
        // The server's log was replaced (a new data dir): its old records no longer apply.
        connect(session, &ClusterSession::eventHistoryCleared, m_history,
                [this] { m_history->setEvents(m_endpoint, {}); });
    }
    applyRole();
    onFocusedEndpointChanged();
}

void EndpointRolloutView::applyRole()
{
    // Traffic and keys are the operator's: a viewer sees the split and tries edits, but cannot apply them,
    // and is shown no key. Each disabled control says which role it needs.
    const auto who = m_session ? m_session->identity() : std::optional<WhoAmI>();
    const QString refusal = models::RoleGate::refusal(who, "operator");
    m_traffic->setApplyRefusal(refusal);
    m_credentials->keys()->setRefusal(refusal);
}

void EndpointRolloutView::connectViews()
{
    // Each intent goes to the session with the asking view as context: a closed view gets no answer.
    const auto setTraffic = [this](QObject* context, const QString& endpoint, const TrafficRequest& request,
                                   std::function<void(bool, const QString&)> done) {
        if (!m_session)
            return done(false, tr("Not connected."));
        m_session->setTraffic(endpoint, request, context, [done](const client::ApiResult<EndpointInfo>& r) {
            done(r.ok(), errorText(r));
        });
    };
    connect(m_traffic, &TrafficEditor::applyRequested, this,
            [this, setTraffic](const QString& endpoint, const TrafficRequest& request) {
                setTraffic(m_traffic, endpoint, request,
                           [this](bool ok, const QString& error) { m_traffic->setApplyFinished(ok, error); });
            });
    connect(m_promote, &PromotePanel::trafficChangeRequested, this,
            [this, setTraffic](const QString& endpoint, const TrafficRequest& request) {
                setTraffic(m_promote, endpoint, request, [this](bool ok, const QString& error) {
                    m_promote->setRequestFinished(ok, error);
                });
            });
    connect(m_history, &HistoryView::restoreSplitRequested, this,
            [this, setTraffic](const QString& endpoint, const TrafficRequest& request) {
                setTraffic(m_history, endpoint, request, [this](bool ok, const QString& error) {
                    m_history->setRequestFinished(ok, error);
                });
            });

    auto* keys = m_credentials->keys();
    connect(keys, &KeysPanel::keysRequested, this, [this, keys](const QString& endpoint) {
        if (m_session)
            m_session->getKeys(endpoint, keys, [keys](const client::ApiResult<KeySet>& r) {
                r.ok() ? keys->setKeys(r.value()) : keys->setRequestFailed(errorText(r));
            });
    });
    connect(keys, &KeysPanel::regenerateKeyRequested, this,
            [this, keys](const QString& endpoint, client::KeyType type) {
                if (m_session)
                    m_session->regenerateKey(
                        endpoint, type, keys, [keys](const client::ApiResult<KeySet>& r) {
                            r.ok() ? keys->setKeys(r.value()) : keys->setRequestFailed(errorText(r));
                        });
            });
    auto* token = m_credentials->token();
    connect(token, &TokenPanel::tokenRequested, this, [this, token](const QString& endpoint) {
        if (m_session)
            m_session->getToken(endpoint, token, [token](const client::ApiResult<AccessToken>& r) {
                r.ok() ? token->setToken(r.value()) : token->setRequestFailed(errorText(r));
            });
    });
    auto* auth = m_credentials->authMode();
    connect(auth, &AuthModePanel::authModeChangeRequested, this,
            [this, auth](const QString& endpoint, const EndpointPatch& patch) {
                if (m_session)
                    m_session->updateEndpoint(endpoint, patch, auth,
                                              [auth](const client::ApiResult<EndpointInfo>& r) {
                                                  auth->setRequestFinished(r.ok(), errorText(r));
                                              });
            });
}

void EndpointRolloutView::onFocusedEndpointChanged()
{
    const auto* focused = m_session ? &m_session->focusedEndpoint() : nullptr;
    if (!focused || !focused->has_value()) {
        m_endpoint.clear();
        m_traffic->clear();
        m_metrics->clear();
        m_credentials->setEndpoint(QString(), AuthMode::None);
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const EndpointInfo& info = **focused;
    const QString name = QString::fromStdString(info.name);
    if (name != m_endpoint) {
        m_endpoint = name;
        m_metrics->clear();
        // The history starts from what the session's feed already holds; new records follow live.
        const auto& recent = m_session->recentEvents();
        m_history->setEvents(name, {recent.begin(), recent.end()});
    }
    const auto plan = models::TrafficEditModel::planFrom(info);
    m_traffic->setEndpoint(info);
    m_promote->setPlan(name, plan);
    m_comparison->setPlan(plan);
    m_credentials->setEndpoint(name, info.authMode);
}

void EndpointRolloutView::onMetricsUpdated()
{
    if (m_session && m_session->focusedMetrics())
        m_metrics->append(*m_session->focusedMetrics());
}

} // namespace switchyard::widgets
