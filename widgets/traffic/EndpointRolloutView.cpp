#include "EndpointRolloutView.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include "ClusterSession.h"
#include "RoleGate.h"
#include "MetricHistory.h"
#include "TrafficEditModel.h"
#include "EndpointListModel.h"
#include "charts/MetricChartsView.h"
#include "common/EmptyStateStack.h"
#include "history/HistoryView.h"
#include "keys/AuthModePanel.h"
#include "keys/CredentialsView.h"
#include "keys/KeysPanel.h"
#include "keys/TokenPanel.h"
#include "promote/ComparisonView.h"
#include "promote/PromotePanel.h"
#include "traffic/TrafficEditor.h"
#include "common/ApiErrorText.h"

namespace switchyard::widgets {

using models::ClusterSession;

EndpointRolloutView::EndpointRolloutView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("endpointRolloutView"));
    m_metrics = new models::MetricHistory(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("endpointViewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_bar = new QToolBar(this);
    m_bar->setObjectName(QStringLiteral("endpointViewToolBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->setAccessibleName(tr("Endpoint pages"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("endpointPages"));
    m_body = new EmptyStateStack(m_pages, QStringLiteral("endpointView"), this);
    connect(m_body->actionButton(), &QPushButton::clicked, this,
            &EndpointRolloutView::createEndpointRequested);

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
    trafficScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to its controls (scrolled to), not to the area
    trafficScroll->setWidget(m_traffic);
    // The card's four actions first, in its order; the shortcuts follow the toolbar.
    addPageAction(trafficScroll, tr("Traffic"), QKeySequence(tr("Ctrl+1")),
                  tr("Drag traffic between the versions"), QStringLiteral("showTrafficAction"));
    addPageAction(promoteTab, tr("Promote"), QKeySequence(tr("Ctrl+2")),
                  tr("Compare the treatments with the control live, and promote"),
                  QStringLiteral("showPromoteAction"));
    addPageAction(m_charts, tr("Charts"), QKeySequence(tr("Ctrl+3")),
                  tr("Requests, errors, latency, utilization and replicas of every version"),
                  QStringLiteral("showChartsAction"));
    addPageAction(m_credentials, tr("Keys"), QKeySequence(tr("Ctrl+4")), tr("See and rotate the keys"),
                  QStringLiteral("showKeysAction"));
    addPageAction(m_history, tr("History"), QKeySequence(tr("Ctrl+5")), tr("What changed, and when"),
                  QStringLiteral("showHistoryAction"));
    m_bar->addSeparator();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 0, 0, 0);
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_bar, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    setCurrentIndex(TrafficPage);
    connectViews();
}

int EndpointRolloutView::addPageAction(QWidget* page, const QString& title, const QKeySequence& shortcut,
                                       const QString& toolTip, const QString& name)
{
    const int index = m_pages->addWidget(page);
    auto* action = new QAction(title, this);
    action->setObjectName(name);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(toolTip);
    m_group->addAction(action);
    m_bar->addAction(action);
    m_actions.append(action);
    connect(action, &QAction::triggered, this, [this, index] { setCurrentIndex(index); });
    return index;
}

int EndpointRolloutView::addPage(QWidget* page, const QString& title, const QKeySequence& shortcut,
                                 const QString& toolTip)
{
    QString name = page->objectName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    name = QStringLiteral("show%1Action").arg(name);
    return addPageAction(page, title, shortcut, toolTip, name);
}

void EndpointRolloutView::setCurrentIndex(int page)
{
    if (page < 0 || page >= m_pages->count())
        return;
    m_pages->setCurrentIndex(page);
    if (auto* action = m_actions.value(page); action && !action->isChecked())
        action->setChecked(true);
    updateEmptyState();
}

int EndpointRolloutView::currentIndex() const
{
    return m_pages->currentIndex();
}

QWidget* EndpointRolloutView::currentWidget() const
{
    return m_pages->currentWidget();
}

void EndpointRolloutView::setCurrentWidget(QWidget* page)
{
    setCurrentIndex(m_pages->indexOf(page));
}

QWidget* EndpointRolloutView::page(int index) const
{
    return m_pages->widget(index);
}

int EndpointRolloutView::count() const
{
    return m_pages->count();
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
        // The empty state's sentence depends on whether the cluster has endpoints at all.
        connect(session, &ClusterSession::stateChanged, this, &EndpointRolloutView::updateEmptyState);
        auto* endpoints = session->endpoints();
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(endpoints, signal, this, &EndpointRolloutView::updateEmptyState);
        connect(endpoints, &QAbstractItemModel::modelReset, this, &EndpointRolloutView::updateEmptyState);
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
            done(r.ok(), apiErrorText(r));
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
                r.ok() ? keys->setKeys(r.value()) : keys->setRequestFailed(apiErrorText(r));
            });
    });
    connect(keys, &KeysPanel::regenerateKeyRequested, this,
            [this, keys](const QString& endpoint, client::KeyType type) {
                if (m_session)
                    m_session->regenerateKey(
                        endpoint, type, keys, [keys](const client::ApiResult<KeySet>& r) {
                            r.ok() ? keys->setKeys(r.value()) : keys->setRequestFailed(apiErrorText(r));
                        });
            });
    auto* token = m_credentials->token();
    connect(token, &TokenPanel::tokenRequested, this, [this, token](const QString& endpoint) {
        if (m_session)
            m_session->getToken(endpoint, token, [token](const client::ApiResult<AccessToken>& r) {
                r.ok() ? token->setToken(r.value()) : token->setRequestFailed(apiErrorText(r));
            });
    });
    auto* auth = m_credentials->authMode();
    connect(auth, &AuthModePanel::authModeChangeRequested, this,
            [this, auth](const QString& endpoint, const EndpointPatch& patch) {
                if (m_session)
                    m_session->updateEndpoint(endpoint, patch, auth,
                                              [auth](const client::ApiResult<EndpointInfo>& r) {
                                                  auth->setRequestFinished(r.ok(), apiErrorText(r));
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
        m_title->setText(tr("No endpoint selected"));
        for (int i = 0; i < EndpointPageCount; ++i) {
            m_pages->widget(i)->setEnabled(false);
            m_actions[i]->setEnabled(false);
        }
        updateEmptyState();
        return;
    }
    for (int i = 0; i < EndpointPageCount; ++i) {
        m_pages->widget(i)->setEnabled(true);
        m_actions[i]->setEnabled(true);
    }
    const EndpointInfo& info = **focused;
    const QString name = QString::fromStdString(info.name);
    m_title->setText(name);
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
    std::vector<std::string> order;
    for (const auto& v : plan.versions())
        order.push_back(v.name);
    m_charts->setVersionOrder(order, plan.controlVersion().value_or(std::string()));
    m_credentials->setEndpoint(name, info.authMode);
    updateEmptyState();
}

void EndpointRolloutView::updateEmptyState()
{
    // Only the endpoint's own pages need an endpoint: the owner's (the version, the dashboard) show.
    const bool empty = m_endpoint.isEmpty() && m_pages->currentIndex() < EndpointPageCount;
    if (empty) {
        const bool connected = m_session && m_session->state() == ClusterSession::State::Connected;
        const bool noEndpoints = connected && m_session->endpoints()->rowCount() == 0;
        const QString create = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
        m_body->setEmptyText(
            !m_session ? tr("Select a cluster, then one of its endpoints: its traffic, versions, charts and "
                            "keys show here.")
            : !connected
                ? tr("Waiting for the cluster; then select an endpoint to see its traffic, versions, "
                     "charts and keys here.")
            : noEndpoints ? tr("This cluster has no endpoints yet. Create one (%1) to serve a model; its "
                               "traffic, versions, charts and keys then show here.")
                                .arg(create)
                          : tr("Select an endpoint in the list to steer its traffic, compare its versions, "
                               "watch its charts and rotate its keys."));
        m_body->setAction(noEndpoints ? tr("Create endpoint…") : QString());
    }
    m_body->setEmpty(empty);
}

bool EndpointRolloutView::isShowingEmptyState() const
{
    return m_body->isEmpty();
}

QString EndpointRolloutView::emptyStateText() const
{
    return m_body->emptyText();
}

void EndpointRolloutView::onMetricsUpdated()
{
    if (m_session && m_session->focusedMetrics())
        m_metrics->append(*m_session->focusedMetrics());
}

} // namespace switchyard::widgets
