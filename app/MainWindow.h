#pragma once

#include <QMainWindow>
#include <QPointer>

#include "ClusterProfile.h"

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace switchyard::models {
class ClusterListModel;
class ClusterSession;
class DashboardFeed;
class MonitorModel;
class MonitorPoller;
} // namespace switchyard::models

namespace switchyard::widgets {
class ClustersPane;
class EndpointsPane;
class VersionDetail;
class EndpointRolloutView;
class DashboardPane;
class VersionsPane;
class MonitorView;
} // namespace switchyard::widgets

namespace switchyard::app {

class AlertActions;
class ConsoleActions;
class WindowActions;

// Composes the panes: clusters | endpoints | versions over the endpoint view (its pages one click or one
// shortcut away). Splitter sizes and the
// window geometry are kept in QSettings. The Monitor (every endpoint of every attached cluster, live) is
// the window's other mode (View ▸ Monitor, Ctrl+M); its count of problem rows stays in the status bar,
// beside the count of firing alerts (AlertActions: the Alerts menu, notifications, rules in the settings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a session for `profile`, starts it and selects it.
    models::ClusterSession* attach(const models::ClusterProfile& profile);
    models::ClusterListModel* clusters() const { return m_clusters; }
    models::ClusterSession* currentSession() const;
    ConsoleActions* actions() const { return m_actions; }
    AlertActions* alerts() const { return m_alerts; }
    widgets::ClustersPane* clustersPane() const { return m_clustersPane; }
    widgets::EndpointsPane* endpointsPane() const { return m_endpointsPane; }
    widgets::VersionsPane* versionsPane() const { return m_versionsPane; }
    widgets::VersionDetail* detail() const { return m_detail; }
    widgets::EndpointRolloutView* rollout() const { return m_rollout; }
    widgets::DashboardPane* dashboard() const { return m_dashboard; }
    widgets::MonitorView* monitor() const { return m_monitor; }
    models::MonitorModel* monitorModel() const { return m_monitorModel; }
    models::MonitorPoller* monitorPoller() const { return m_monitorPoller; }
    models::DashboardFeed* dashboardFeed() const { return m_dashboardFeed; }
    bool isMonitorShown() const;
    void showMonitor(bool shown);
    void showStatus(const QString& message, int timeoutMs = 8000);

signals:
    void attachRequested();
    void startLocalRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void onSessionSelected(models::ClusterSession* session);
    void onEndpointSelected(const QString& endpoint);
    void onVersionSelected(const QString& version);
    void updateClusterStatus();
    void updateProblemStatus(int problems);
    void openFromMonitor(const QString& cluster, const QString& endpoint);
    void saveLayout() const;
    void restoreLayout();

    models::ClusterListModel* m_clusters = nullptr;
    QPointer<models::ClusterSession> m_session;
    ConsoleActions* m_actions = nullptr;
    AlertActions* m_alerts = nullptr;
    widgets::ClustersPane* m_clustersPane = nullptr;
    widgets::EndpointsPane* m_endpointsPane = nullptr;
    widgets::VersionsPane* m_versionsPane = nullptr;
    widgets::VersionDetail* m_detail = nullptr;
    widgets::EndpointRolloutView* m_rollout = nullptr;
    widgets::DashboardPane* m_dashboard = nullptr;
    QSplitter* m_outer = nullptr;
    QSplitter* m_right = nullptr;
    QLabel* m_clusterStatus = nullptr;
    models::MonitorModel* m_monitorModel = nullptr;
    models::MonitorPoller* m_monitorPoller = nullptr;
    models::DashboardFeed* m_dashboardFeed = nullptr;
    widgets::MonitorView* m_monitor = nullptr;
    QStackedWidget* m_modes = nullptr;
    QAction* m_monitorAction = nullptr;
    QAction* m_operatorsAction = nullptr;
    WindowActions* m_windowActions = nullptr;
    QLabel* m_problemStatus = nullptr;
};

} // namespace switchyard::app
