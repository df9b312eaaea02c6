#pragma once

#include <QTreeView>

namespace switchyard::widgets {

// The Monitor's tree. Every second each cluster changes all its rows: QTreeView would look up where
// each changed row is (for the versions of collapsed endpoints too, a search through every row of the
// tree) only to repaint what is visible. Here a change repaints the viewport when it touches a visible
// row, and nothing when it is off screen or under a collapsed endpoint.
class MonitorTree final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorTree)

public:
    explicit MonitorTree(QWidget* parent = nullptr);

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = {}) override;
};

} // namespace switchyard::widgets
