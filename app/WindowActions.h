#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QToolBar;

namespace switchyard::app {

class MainWindow;

// The frequent actions of the window on a toolbar and on keys: refresh, find endpoint, apply and revert
// the traffic plan, promote, rotate keys, monitor; with the console's icons on them and on the menus'
// other actions, and the Help menu (Keyboard shortcuts, About). Each action works on the focused
// endpoint's rollout tabs the way the keyboard user would: it shows the tab and presses its button, or
// puts the focus where the next key is typed. An action that presses a button is enabled only when that
// button is (Apply and Revert only with a pending plan, Rotate keys only with keys shown); Promote only
// when the version selected in the versions list can become the control.
class WindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActions)

public:
    explicit WindowActions(MainWindow* window);

    // Every action of the window that has a shortcut, in menu order (the Keyboard shortcuts page).
    QList<QAction*> shortcutActions() const;
    QToolBar* toolBar() const { return m_toolBar; }

    void showShortcuts();
    void showAbout();
    // Enables each action that presses a button as its button is, unless the cluster's role refuses it
    // (the property kRefusalProperty on the action names the role it needs; the window sets it).
    void updateEnabled();
    static constexpr const char* kRefusalProperty = "switchyardRefusal";

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* add(const QString& objectName, const QString& text, const QKeySequence& keys, int icon);
    void showRolloutTab(int tab);
    // Shows `tab` of the rollout and clicks its button `buttonName` when it is enabled, else says why not.
    void pressRolloutButton(int tab, const char* buttonName, const QString& unavailable);
    void findEndpoint();
    void promote();
    void rotateKeys();
    // `action` is enabled exactly when the window's button `buttonName` is (and no role refuses it), from
    // now on.
    void follow(QAction* action, const char* buttonName);
    void updatePromote();
    static bool refused(const QAction* action);

    MainWindow* m_window = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_promote = nullptr;
    QHash<QObject*, QAction*> m_followers; // a rollout button → the action that presses it
};

} // namespace switchyard::app
