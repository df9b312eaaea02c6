#include "WindowActions.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QToolBar>

#include "AboutDialog.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "common/Icons.h"
#include "panes/VersionsPane.h"
#include "promote/PromotePanel.h"
#include "traffic/EndpointRolloutView.h"

namespace switchyard::app {

using widgets::Icons;

namespace {

QAction* named(QWidget* window, const char* objectName)
{
    return window->findChild<QAction*>(QLatin1String(objectName));
}

} // namespace

WindowActions::WindowActions(MainWindow* window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("windowActions"));
    // The menus' own actions get the console's icons; the toolbar shows the frequent ones.
    const std::pair<const char*, Icons::Action> existing[] = {{"attachClusterAction", Icons::Action::Attach},
                                                              {"refreshAction", Icons::Action::Refresh},
                                                              {"createEndpointAction", Icons::Action::Create},
                                                              {"monitorAction", Icons::Action::Monitor}};
    for (const auto& [name, icon] : existing)
        if (auto* action = named(window, name))
            Icons::set(action, icon);

    auto* endpointMenu = window->findChild<QMenu*>(QStringLiteral("endpointMenu"));
    auto* find = add(QStringLiteral("findEndpointAction"), tr("&Find endpoint"), QKeySequence::Find,
                     int(Icons::Action::Find));
    find->setIconText(tr("Find"));
    find->setToolTip(tr("Type part of an endpoint's name to filter the list"));
    connect(find, &QAction::triggered, this, &WindowActions::findEndpoint);
    auto* apply = add(QStringLiteral("applyTrafficAction"), tr("&Apply traffic plan"),
                      QKeySequence(tr("Ctrl+Return")), int(Icons::Action::Apply));
    apply->setIconText(tr("Apply"));
    apply->setToolTip(tr("Send the pending traffic plan of the focused endpoint"));
    connect(apply, &QAction::triggered, this, [this] {
        pressRolloutButton(widgets::EndpointRolloutView::TrafficPage, "trafficApply",
                           tr("There is no pending traffic plan to apply."));
    });
    auto* revert = add(QStringLiteral("revertTrafficAction"), tr("Re&vert traffic plan"),
                       QKeySequence(tr("Ctrl+Shift+R")), int(Icons::Action::Revert));
    revert->setIconText(tr("Revert"));
    revert->setToolTip(tr("Forget the pending traffic plan and show the live split again"));
    connect(revert, &QAction::triggered, this, [this] {
        pressRolloutButton(widgets::EndpointRolloutView::TrafficPage, "trafficRevert",
                           tr("There is no pending traffic plan to revert."));
    });
    auto* promote = add(QStringLiteral("promoteAction"), tr("&Promote selected version"),
                        QKeySequence(tr("Ctrl+Shift+P")), int(Icons::Action::Promote));
    promote->setIconText(tr("Promote"));
    promote->setToolTip(tr("Make the version selected in the versions list the endpoint's control"));
    connect(promote, &QAction::triggered, this, &WindowActions::promote);
    auto* rotate = add(QStringLiteral("rotateKeysAction"), tr("R&otate keys…"),
                       QKeySequence(tr("Ctrl+Shift+K")), int(Icons::Action::Rotate));
    rotate->setIconText(tr("Rotate keys"));
    rotate->setToolTip(
        tr("Regenerate the focused endpoint's keys in the order that keeps every client working"));
    connect(rotate, &QAction::triggered, this, &WindowActions::rotateKeys);
    if (auto* create = named(window, "createEndpointAction"))
        follow(create, "createEndpointButton"); // the endpoints pane's: a connected cluster, an admin
    follow(apply, "trafficApply");
    follow(revert, "trafficRevert");
    follow(rotate, "rotateKeysButton");
    m_promote = promote;
    connect(window->versionsPane(), &widgets::VersionsPane::currentVersionChanged, this,
            &WindowActions::updatePromote);
    connect(window->rollout()->promote(), &widgets::PromotePanel::promotableChanged, this,
            &WindowActions::updatePromote);
    // A page disabled for want of an endpoint disables its panel without a word from it.
    window->rollout()->promote()->installEventFilter(this);
    updatePromote();
    if (endpointMenu) {
        endpointMenu->addSeparator();
        endpointMenu->addActions({find, apply, revert, promote, rotate});
    }

    m_toolBar = window->findChild<QToolBar*>(QStringLiteral("viewToolBar"));
    if (m_toolBar) {
        // Short words beside the icons (the actions' icon text), so the bar fits in every language.
        m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        auto* first = m_toolBar->actions().value(0);
        const QList<QAction*> before = {named(window, "attachClusterAction"), named(window, "refreshAction"),
                                        named(window, "createEndpointAction"), find};
        for (auto* action : before)
            if (action)
                m_toolBar->insertAction(first, action);
        m_toolBar->insertSeparator(first);
        m_toolBar->addSeparator();
        m_toolBar->addActions({apply, revert, promote, rotate});
    }

    auto* help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    auto* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &WindowActions::showShortcuts);
    Icons::set(shortcuts, Icons::Action::Shortcuts);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(tr("F1")));
    auto* about = help->addAction(tr("&About Switchyard"), this, &WindowActions::showAbout);
    Icons::set(about, Icons::Action::About);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

QAction* WindowActions::add(const QString& objectName, const QString& text, const QKeySequence& keys,
                            int icon)
{
    auto* action = new QAction(text, m_window);
    Icons::set(action, static_cast<Icons::Action>(icon));
    action->setObjectName(objectName);
    action->setShortcut(keys);
    m_window->addAction(action); // the keys work whatever has the focus, menu bar or not
    return action;
}

void WindowActions::follow(QAction* action, const char* buttonName)
{
    auto* button = m_window->findChild<QPushButton*>(QLatin1String(buttonName));
    if (!button)
        return;
    m_followers.insert(button, action);
    button->installEventFilter(this);
    action->setEnabled(button->isEnabled() && !refused(action));
}

bool WindowActions::refused(const QAction* action)
{
    return !action->property(kRefusalProperty).toString().isEmpty();
}

void WindowActions::updateEnabled()
{
    for (auto it = m_followers.cbegin(); it != m_followers.cend(); ++it)
        it.value()->setEnabled(static_cast<QWidget*>(it.key())->isEnabled() && !refused(it.value()));
    updatePromote();
}

bool WindowActions::eventFilter(QObject* watched, QEvent* event)
{
    // EnabledChange comes for the button's own state and for its page's (no endpoint: the page is off).
    if (event->type() == QEvent::EnabledChange) {
        if (auto* action = m_followers.value(watched))
            action->setEnabled(static_cast<QWidget*>(watched)->isEnabled() && !refused(action));
        else if (watched == m_window->rollout()->promote())
            updatePromote();
    }
    return QObject::eventFilter(watched, event);
}

void WindowActions::updatePromote()
{
    if (m_promote)
        m_promote->setEnabled(!refused(m_promote) && m_window->rollout()->promote()->canPromote(
                                                         m_window->versionsPane()->currentVersion()));
}

QList<QAction*> WindowActions::shortcutActions() const
{
    QList<QAction*> actions;
    const auto collect = [&actions](const auto& self, const QList<QAction*>& from) -> void {
        for (auto* action : from) {
            if (action->menu())
                self(self, action->menu()->actions());
            else if (!action->shortcut().isEmpty() && !actions.contains(action))
                actions.append(action);
        }
    };
    collect(collect, m_window->menuBar()->actions());
    // Actions that live only on the window (not in a menu), such as another view's keys.
    collect(collect, static_cast<QWidget*>(m_window)->actions());
    return actions;
}

void WindowActions::showShortcuts()
{
    auto* dialog = m_window->findChild<ShortcutsDialog*>();
    if (!dialog)
        dialog = new ShortcutsDialog(shortcutActions(), m_window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void WindowActions::showAbout()
{
    auto* dialog = m_window->findChild<AboutDialog*>();
    if (!dialog)
        dialog = new AboutDialog(m_window);
    dialog->setSession(m_window->currentSession());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void WindowActions::showRolloutTab(int tab)
{
    m_window->showMonitor(false);
    m_window->rollout()->setCurrentIndex(tab);
}

void WindowActions::pressRolloutButton(int tab, const char* buttonName, const QString& unavailable)
{
    auto* button = m_window->rollout()->findChild<QPushButton*>(QLatin1String(buttonName));
    // The tab that holds the button, wherever the rollout view places it.
    for (int i = 0; button && i < m_window->rollout()->count(); ++i)
        if (m_window->rollout()->page(i)->isAncestorOf(button))
            tab = i;
    showRolloutTab(tab);
    if (!button || !button->isEnabled()) {
        m_window->showStatus(unavailable);
        return;
    }
    button->click();
}

void WindowActions::findEndpoint()
{
    m_window->showMonitor(false);
    auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("endpointFilter"));
    if (!filter)
        return;
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
}

void WindowActions::promote()
{
    const QString version = m_window->versionsPane()->currentVersion();
    if (version.isEmpty()) {
        m_window->showStatus(tr("Select the version to promote in the versions list first."));
        return;
    }
    m_window->rollout()->promote()->selectVersion(version);
    pressRolloutButton(widgets::EndpointRolloutView::PromotePage, "promoteToControl",
                       tr("Version %1 cannot be promoted: it is already the control, or "
                          "the endpoint is busy.")
                           .arg(version));
}

void WindowActions::rotateKeys()
{
    pressRolloutButton(
        widgets::EndpointRolloutView::KeysPage, "rotateKeysButton",
        tr("The focused endpoint has no keys to rotate (its authentication mode is not key)."));
}

} // namespace switchyard::app
