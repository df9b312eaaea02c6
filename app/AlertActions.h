#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMainWindow;

namespace switchyard::models {
class AlertCenter;
class ClusterListModel;
class MonitorModel;
class MonitorPoller;
} // namespace switchyard::models

namespace switchyard::widgets {
class AlertLogDialog;
class AlertNotifications;
class AlertRulesDialog;
class MonitorView;
} // namespace switchyard::widgets

namespace switchyard::app {

// The console's alerts as the window shows them: the Alerts menu (rules, log, mute), the count of firing
// alerts in the status bar (a click opens the log), the desktop notifications, the rules and the mute
// loaded from and saved to the settings, and the alert log kept in the application's data folder.
class AlertActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertActions)

public:
    AlertActions(QMainWindow* window, models::ClusterListModel* clusters, models::MonitorPoller* poller,
                 models::MonitorModel* monitor, widgets::MonitorView* monitorView);
    ~AlertActions() override;

    models::AlertCenter* center() const { return m_center; }
    widgets::AlertNotifications* notifications() const { return m_notifications; }
    QLabel* status() const { return m_status; }
    // Opens the rules dialog (not blocking: it saves when accepted), on the endpoint selected in the
    // Monitor if there is one. The open dialog, for tests.
    void editRules();
    widgets::AlertRulesDialog* rulesDialog() const;
    void showLog();
    widgets::AlertLogDialog* logDialog() const;
    void setMuted(bool muted);

private:
    void updateStatus(int firing);

    QMainWindow* m_window = nullptr;
    models::ClusterListModel* m_clusters = nullptr;
    models::MonitorPoller* m_poller = nullptr;
    models::MonitorModel* m_monitor = nullptr;
    widgets::MonitorView* m_monitorView = nullptr;
    models::AlertCenter* m_center = nullptr;
    widgets::AlertNotifications* m_notifications = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_mute = nullptr;
    QPointer<widgets::AlertRulesDialog> m_rulesDialog;
    QPointer<widgets::AlertLogDialog> m_logDialog;
};

} // namespace switchyard::app
