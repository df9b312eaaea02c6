#include "MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

#include "AlertActions.h"
#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "ConsoleActions.h"
#include "DashboardFeed.h"
#include "MonitorModel.h"
#include "MonitorPoller.h"
#include "WindowActions.h"
#include "dashboard/DashboardPane.h"
#include "detail/VersionDetail.h"
#include "monitor/MonitorView.h"
#include "panes/ClustersPane.h"
#include "RoleGate.h"
#include "panes/EndpointsPane.h"
#include "panes/VersionsPane.h"
#include "traffic/EndpointRolloutView.h"
#include "StateText.h"

namespace switchyard::app {

using models::ClusterSession;

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Switchyard"));
    m_clusters = new models::ClusterListModel(this);
    m_clustersPane = new widgets::ClustersPane(m_clusters, this);
    m_endpointsPane = new widgets::EndpointsPane(this);
    m_versionsPane = new widgets::VersionsPane(this);
    m_detail = new widgets::VersionDetail(this);
    m_rollout = new widgets::EndpointRolloutView(this);
    m_rollout->setObjectName(QStringLiteral("endpointRollout"));
    m_dashboard = new widgets::DashboardPane(this);
    m_dashboard->setObjectName(QStringLiteral("dashboardPane"));
    // The endpoint view fills the lower right area: the endpoint's pages (traffic, promote, charts, keys,
    // history), the selected version's details and the cluster's dashboard, one level deep, each one
    // click on its toolbar or one shortcut.
    m_rollout->addPage(m_detail, tr("Version"), QKeySequence(tr("Ctrl+6")),
                       tr("The selected version: settings, replicas, logs, score tester"));
    m_rollout->addPage(m_dashboard, tr("Dashboard"), QKeySequence(tr("Ctrl+7")),
                       tr("Every endpoint of this cluster at a glance"));
    connect(m_dashboard, &widgets::DashboardPane::endpointActivated, this, [this](const QString& endpoint) {
        if (m_endpointsPane->selectEndpoint(endpoint))
            m_rollout->setCurrentIndex(widgets::EndpointRolloutView::ChartsPage);
    });

    m_right = new QSplitter(Qt::Vertical, this);
    m_right->setObjectName(QStringLiteral("rightSplitter"));
    m_right->addWidget(m_versionsPane);
    m_right->addWidget(m_rollout);
    m_right->setStretchFactor(0, 2);
    m_right->setStretchFactor(1, 3);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("mainSplitter"));
    m_outer->addWidget(m_clustersPane);
    m_outer->addWidget(m_endpointsPane);
    m_outer->addWidget(m_right);
    m_outer->setStretchFactor(0, 2);
    m_outer->setStretchFactor(1, 3);
    m_outer->setStretchFactor(2, 6);
    m_outer->setSizes({240, 460, 700});
    m_right->setSizes({300, 420});
    for (auto* splitter : {m_outer, m_right})
        splitter->setChildrenCollapsible(false);
    // The Monitor polls every attached cluster from the start, on screen or not, so its figures and
    // sparklines are there the moment it is shown.
    m_monitorModel = new models::MonitorModel(this);
    m_monitorPoller = new models::MonitorPoller(m_clusters, m_monitorModel, this);
    // The dashboard paints the poller's answers too: it asks nothing of its own.
    m_dashboardFeed = new models::DashboardFeed(m_monitorPoller, this);
    m_dashboard->setFeed(m_dashboardFeed);
    m_monitor = new widgets::MonitorView(m_monitorModel, this);
    connect(m_monitor, &widgets::MonitorView::endpointActivated, this, &MainWindow::openFromMonitor);
    connect(m_monitorPoller, &models::MonitorPoller::clustersWithoutMonitorChanged, m_monitor,
            [this] { m_monitor->setClustersWithoutMonitor(m_monitorPoller->clustersWithoutMonitor()); });
    m_modes = new QStackedWidget(this);
    m_modes->setObjectName(QStringLiteral("windowModes"));
    m_modes->addWidget(m_outer);
    m_modes->addWidget(m_monitor);
    setCentralWidget(m_modes);

    m_problemStatus = new QLabel(this);
    m_problemStatus->setObjectName(QStringLiteral("problemStatus"));
    statusBar()->addPermanentWidget(m_problemStatus);
    connect(m_monitorModel, &models::MonitorModel::problemCountChanged, this,
            &MainWindow::updateProblemStatus);
    updateProblemStatus(0);
    m_clusterStatus = new QLabel(this);
    m_clusterStatus->setObjectName(QStringLiteral("clusterStatus"));
    statusBar()->addPermanentWidget(m_clusterStatus);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    m_actions = new ConsoleActions(this);
    buildMenus();
    m_alerts = new AlertActions(this, m_clusters, m_monitorPoller, m_monitorModel, m_monitor);
    m_windowActions =
        new WindowActions(this); // toolbar, keys, icons and the Help menu (last in the menu bar)

    connect(m_clustersPane, &widgets::ClustersPane::currentSessionChanged, this,
            &MainWindow::onSessionSelected);
    connect(m_clustersPane, &widgets::ClustersPane::attachRequested, this, &MainWindow::attachRequested);
    connect(m_clustersPane, &widgets::ClustersPane::startLocalRequested, this,
            &MainWindow::startLocalRequested);
    connect(m_endpointsPane, &widgets::EndpointsPane::currentEndpointChanged, this,
            &MainWindow::onEndpointSelected);
    connect(m_endpointsPane, &widgets::EndpointsPane::createEndpointRequested, m_actions,
            &ConsoleActions::createEndpoint);
    connect(m_rollout, &widgets::EndpointRolloutView::createEndpointRequested, m_actions,
            &ConsoleActions::createEndpoint);
    connect(m_endpointsPane, &widgets::EndpointsPane::deleteEndpointRequested, m_actions,
            &ConsoleActions::deleteEndpoint);
    connect(m_versionsPane, &widgets::VersionsPane::currentVersionChanged, this,
            &MainWindow::onVersionSelected);
    connect(m_versionsPane, &widgets::VersionsPane::createVersionRequested, m_actions,
            &ConsoleActions::createVersion);
    connect(m_versionsPane, &widgets::VersionsPane::editVersionRequested, m_actions,
            &ConsoleActions::editVersion);
    connect(m_versionsPane, &widgets::VersionsPane::deleteVersionRequested, m_actions,
            &ConsoleActions::deleteVersion);
    resize(1400, 860);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&Cluster"));
    auto* attach = file->addAction(tr("&Attach cluster…"), this, &MainWindow::attachRequested);
    attach->setObjectName(QStringLiteral("attachClusterAction"));
    attach->setShortcut(QKeySequence(tr("Ctrl+L")));
    auto* local = file->addAction(tr("Start &local cluster"), this, &MainWindow::startLocalRequested);
    local->setObjectName(QStringLiteral("startLocalAction"));
    auto* check = file->addAction(tr("Check &connectivity…"), m_actions, &ConsoleActions::checkConnectivity);
    check->setObjectName(QStringLiteral("checkConnectivityAction"));
    m_operatorsAction = file->addAction(tr("&Operators…"), m_actions, &ConsoleActions::manageOperators);
    m_operatorsAction->setObjectName(QStringLiteral("operatorsAction"));
    auto* refresh = file->addAction(tr("&Refresh"), this, [this] {
        if (m_session)
            m_session->refresh();
    });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    auto* detach = file->addAction(tr("&Detach cluster"), m_actions, &ConsoleActions::detachCluster);
    detach->setObjectName(QStringLiteral("detachClusterAction"));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* endpoint = menuBar()->addMenu(tr("&Endpoint"));
    endpoint->setObjectName(QStringLiteral("endpointMenu"));
    auto* create = endpoint->addAction(tr("&Create endpoint…"), m_actions, &ConsoleActions::createEndpoint);
    create->setObjectName(QStringLiteral("createEndpointAction"));
    create->setShortcut(QKeySequence::New);
    endpoint->addAction(tr("&Delete endpoint…"), m_actions,
                        [this] { m_actions->deleteEndpoint(m_endpointsPane->currentEndpoint()); });
    endpoint->addAction(tr("&Register model…"), m_actions, [this] { m_actions->registerModel(nullptr); });
    // The endpoint view's pages with their shortcuts (Ctrl+1 … Ctrl+7); from the Monitor they return to it.
    endpoint->addSeparator();
    for (auto* page : m_rollout->pageActions()) {
        endpoint->addAction(page);
        connect(page, &QAction::triggered, this, [this] { showMonitor(false); });
    }

    auto* view = menuBar()->addMenu(tr("V&iew"));
    m_monitorAction = view->addAction(tr("&Monitor"));
    m_monitorAction->setObjectName(QStringLiteral("monitorAction"));
    m_monitorAction->setCheckable(true);
    m_monitorAction->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_monitorAction->setToolTip(tr("Every endpoint of every attached cluster, live (Ctrl+M)"));
    connect(m_monitorAction, &QAction::toggled, this, &MainWindow::showMonitor);
    auto* toolbar = addToolBar(tr("View"));
    toolbar->setObjectName(QStringLiteral("viewToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_monitorAction);

    auto* version = menuBar()->addMenu(tr("&Version"));
    version->addAction(tr("&New version…"), m_actions, &ConsoleActions::createVersion);
    version->addAction(tr("&Edit version…"), m_actions,
                       [this] { m_actions->editVersion(m_versionsPane->currentVersion()); });
    version->addAction(tr("&Delete version…"), m_actions,
                       [this] { m_actions->deleteVersion(m_versionsPane->currentVersion()); });
}

ClusterSession* MainWindow::attach(const models::ClusterProfile& profile)
{
    auto* session = new ClusterSession(profile);
    const int row = m_clusters->addSession(session);
    session->start();
    m_clustersPane->selectRow(row);
    return session;
}

bool MainWindow::isMonitorShown() const
{
    return m_modes->currentWidget() == m_monitor;
}

void MainWindow::showMonitor(bool shown)
{
    m_modes->setCurrentWidget(shown ? static_cast<QWidget*>(m_monitor) : m_outer);
    if (m_monitorAction->isChecked() != shown)
        m_monitorAction->setChecked(shown);
    if (shown)
        m_monitor->tree()->setFocus();
}

void MainWindow::openFromMonitor(const QString& cluster, const QString& endpoint)
{
    auto* session = m_monitorPoller->sessionOf(cluster);
    const int row = session ? m_clusters->rowOf(session) : -1;
    if (row < 0)
        return;
    m_clustersPane->selectRow(row);
    if (!m_endpointsPane->selectEndpoint(endpoint))
        return;
    showMonitor(false);
    m_rollout->setCurrentIndex(widgets::EndpointRolloutView::ChartsPage);
}

void MainWindow::updateProblemStatus(int problems)
{
    m_problemStatus->setText(problems == 0 ? tr("No problems")
                                           : tr("%n endpoint(s) with problems", nullptr, problems));
    m_problemStatus->setStyleSheet(
        problems == 0 ? QString() : QStringLiteral("color: %1;").arg(models::StateText::errorColor().name()));
}

ClusterSession* MainWindow::currentSession() const
{
    return m_session;
}

void MainWindow::showStatus(const QString& message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::onSessionSelected(ClusterSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &ClusterSession::stateChanged, this, &MainWindow::updateClusterStatus);
        connect(session, &ClusterSession::clusterChanged, this, &MainWindow::updateClusterStatus);
        connect(session, &ClusterSession::identityChanged, this, &MainWindow::updateClusterStatus);
    }
    m_endpointsPane->setSession(session);
    m_versionsPane->setSession(session);
    m_rollout->setSession(session);
    m_dashboard->setSession(session);
    onEndpointSelected(m_endpointsPane->currentEndpoint());
    updateClusterStatus();
}

void MainWindow::onEndpointSelected(const QString& endpoint)
{
    if (m_session)
        m_session->setFocusEndpoint(endpoint);
    onVersionSelected(m_versionsPane->currentVersion());
}

void MainWindow::onVersionSelected(const QString& version)
{
    m_detail->setTarget(m_session, m_session ? m_session->focusEndpoint() : QString(), version);
}

void MainWindow::updateClusterStatus()
{
    // Operators are the admin's: for others the action stays in the menu, disabled, saying why.
    const QString refusal = m_session ? models::RoleGate::refusal(m_session->identity(), "admin") : QString();
    if (m_operatorsAction) {
        m_operatorsAction->setEnabled(m_session && refusal.isEmpty());
        m_operatorsAction->setToolTip(
            refusal.isEmpty() ? tr("Add, list and revoke the people who steer this cluster.") : refusal);
        m_operatorsAction->setStatusTip(m_operatorsAction->toolTip());
    }
    // The window's actions too (menus, toolbar, keys), as the panes' own buttons: what the role cannot do
    // stays there, disabled, its tooltip naming the role it needs instead of what it does.
    const std::pair<const char*, const char*> gated[] = {{"createEndpointAction", "admin"},
                                                         {"applyTrafficAction", "operator"},
                                                         {"promoteAction", "operator"},
                                                         {"rotateKeysAction", "operator"}};
    for (const auto& [name, role] : gated) {
        auto* action = findChild<QAction*>(QLatin1String(name));
        if (!action)
            continue;
        const char* ownToolTip = "switchyardOwnToolTip";
        if (!action->property(ownToolTip).isValid())
            action->setProperty(ownToolTip, action->toolTip());
        const QString needs = m_session ? models::RoleGate::refusal(m_session->identity(), role) : QString();
        action->setProperty(WindowActions::kRefusalProperty, needs);
        action->setToolTip(needs.isEmpty() ? action->property(ownToolTip).toString() : needs);
    }
    // Each is also enabled only when the button it presses is (WindowActions follows them).
    if (m_windowActions)
        m_windowActions->updateEnabled();
    if (!m_session) {
        m_clusterStatus->setText(tr("No cluster selected"));
        return;
    }
    QString text = tr("%1 — %2").arg(m_session->displayName(), m_session->stateText());
    if (m_session->state() != ClusterSession::State::Connected && !m_session->lastError().isEmpty())
        text += QStringLiteral(" (") + m_session->lastError() + QLatin1Char(')');
    m_clusterStatus->setText(text);
    m_clusterStatus->setToolTip(m_session->lastErrorDetail());
    setWindowTitle(tr("%1 — Switchyard").arg(m_session->displayName()));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/mainSplitter"), m_outer->saveState());
    settings.setValue(QStringLiteral("mainWindow/rightSplitter"), m_right->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_outer->restoreState(settings.value(QStringLiteral("mainWindow/mainSplitter")).toByteArray());
    m_right->restoreState(settings.value(QStringLiteral("mainWindow/rightSplitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace switchyard::app
