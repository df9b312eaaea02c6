#include "AlertActions.h"

#include <memory>

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>

#include "AlertCenter.h"
#include "AlertLogStore.h"
#include "AlertRuleStore.h"
#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "MonitorModel.h"
#include "MonitorPoller.h"
#include "alerts/AlertLogDialog.h"
#include "alerts/AlertNotifications.h"
#include "alerts/AlertRulesDialog.h"
#include "alerts/FreedesktopAlertNotifier.h"
#include "monitor/MonitorView.h"

namespace switchyard::app {

AlertActions::AlertActions(QMainWindow* window, models::ClusterListModel* clusters,
                           models::MonitorPoller* poller, models::MonitorModel* monitor,
                           widgets::MonitorView* monitorView)
    : QObject(window), m_window(window), m_clusters(clusters), m_poller(poller), m_monitor(monitor),
      m_monitorView(monitorView)
{
    m_center = new models::AlertCenter(clusters, poller, monitor, this);
    m_notifications = new widgets::AlertNotifications(
        m_center, std::make_unique<widgets::FreedesktopAlertNotifier>(), this);
    m_center->keepLogIn(models::AlertLogStore::defaultPath());
    QSettings settings;
    m_center->setRules(models::AlertRuleStore::load(settings));
    m_notifications->setMuted(models::AlertRuleStore::muted(settings));

    auto* menu = window->menuBar()->addMenu(tr("&Alerts"));
    auto* rules = menu->addAction(tr("Alert &rules…"), this, &AlertActions::editRules);
    rules->setObjectName(QStringLiteral("alertRulesAction"));
    auto* log = menu->addAction(tr("Alert &log…"), this, &AlertActions::showLog);
    log->setObjectName(QStringLiteral("alertLogAction"));
    log->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    menu->addSeparator();
    m_mute = menu->addAction(tr("&Mute notifications"));
    m_mute->setObjectName(QStringLiteral("muteAlertsAction"));
    m_mute->setCheckable(true);
    m_mute->setChecked(m_notifications->isMuted());
    m_mute->setToolTip(
        tr("No desktop notification when an alert fires; the Monitor and the log still show it"));
    connect(m_mute, &QAction::toggled, this, &AlertActions::setMuted);

    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("alertStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setToolTip(tr("Open the alert log (Ctrl+Shift+A)"));
    connect(m_status, &QLabel::linkActivated, this, &AlertActions::showLog);
    window->statusBar()->insertPermanentWidget(0, m_status);
    connect(m_center, &models::AlertCenter::firingCountChanged, this, &AlertActions::updateStatus);
    updateStatus(0);
}

AlertActions::~AlertActions() = default;

widgets::AlertRulesDialog* AlertActions::rulesDialog() const
{
    return m_rulesDialog;
}

widgets::AlertLogDialog* AlertActions::logDialog() const
{
    return m_logDialog;
}

void AlertActions::updateStatus(int firing)
{
    const QString text = firing == 0 ? tr("No alerts") : tr("%n alert(s) firing", nullptr, firing);
    m_status->setText(firing == 0
                          ? QStringLiteral("<a href=\"log\">%1</a>").arg(text.toHtmlEscaped())
                          : QStringLiteral("<a href=\"log\" style=\"color: #c62828; font-weight: bold;\">"
                                           "%1</a>")
                                .arg(text.toHtmlEscaped()));
    m_status->setProperty("firing", firing);
}

void AlertActions::setMuted(bool muted)
{
    m_notifications->setMuted(muted);
    if (m_mute->isChecked() != muted)
        m_mute->setChecked(muted);
    QSettings settings;
    models::AlertRuleStore::setMuted(settings, muted);
}

void AlertActions::editRules()
{
    if (m_rulesDialog) {
        m_rulesDialog->raise();
        m_rulesDialog->activateWindow();
        return;
    }
    // Every attached cluster with the endpoints the Monitor shows, and any cluster or endpoint the rules
    // name that is not attached now (so its rules can still be seen and removed).
    QList<widgets::AlertRulesDialog::Cluster> clusters;
    const auto add = [&clusters](const QString& id, const QString& name, const QString& endpoint) {
        auto it = std::find_if(clusters.begin(), clusters.end(), [&](const auto& c) { return c.id == id; });
        if (it == clusters.end())
            it = clusters.insert(clusters.end(), {id, name, {}});
        if (!endpoint.isEmpty() && !it->endpoints.contains(endpoint))
            it->endpoints << endpoint;
    };
    for (int row = 0; row < m_clusters->rowCount(); ++row) {
        const auto* session = m_clusters->sessionAt(row);
        if (!session)
            continue;
        const QString id = session->profile().url;
        add(id, session->displayName(), {});
        const QString key = m_poller->keyOf(session);
        for (int r = 0; r < m_monitor->rowCount(); ++r) {
            const QModelIndex index = m_monitor->index(r, 0);
            if (index.data(models::MonitorModel::ClusterKeyRole).toString() == key)
                add(id, {}, index.data(models::MonitorModel::EndpointRole).toString());
        }
    }
    for (const auto& [cluster, endpoint] : m_center->rules().scopes())
        add(cluster, cluster, endpoint);
    for (auto& c : clusters)
        c.endpoints.sort();

    auto* dialog =
        new widgets::AlertRulesDialog(m_center->rules(), m_notifications->isMuted(), clusters, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex current = m_monitorView->tree()->currentIndex();
    if (current.isValid()) {
        if (const auto* session =
                m_poller->sessionOf(current.data(models::MonitorModel::ClusterKeyRole).toString()))
            dialog->selectScope(session->profile().url,
                                current.data(models::MonitorModel::EndpointRole).toString());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings settings;
        models::AlertRuleStore::save(settings, dialog->rules());
        m_center->setRules(dialog->rules());
        setMuted(dialog->muted());
    });
    m_rulesDialog = dialog;
    dialog->open();
}

void AlertActions::showLog()
{
    if (!m_logDialog) {
        m_logDialog = new widgets::AlertLogDialog(m_center->log(), m_center->logPath(), m_window);
        m_logDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logDialog->show();
    m_logDialog->raise();
    m_logDialog->activateWindow();
}

} // namespace switchyard::app
