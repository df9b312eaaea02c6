#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace switchyard::app {

// Help ▸ Keyboard shortcuts: every shortcut of the window, read from the actions themselves (their text
// and their keys in the platform's words), so the page cannot drift from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent);
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list = nullptr;
};

} // namespace switchyard::app
