#include "MonitorTree.h"

namespace switchyard::widgets {

namespace {

// The endpoint (top-level) row an index is in.
int topLevelRow(QModelIndex index)
{
    while (index.parent().isValid())
        index = index.parent();
    return index.row();
}

} // namespace

MonitorTree::MonitorTree(QWidget* parent) : QTreeView(parent) {}

void MonitorTree::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                              const QList<int>& roles)
{
    if (topLeft == bottomRight || !isVisible()) {
        QTreeView::dataChanged(topLeft, bottomRight, roles); // one cell: QTreeView finds it cheaply
        return;
    }
    const QModelIndex parent = topLeft.parent();
    if (parent.isValid() && !isExpanded(parent))
        return; // the versions of a collapsed endpoint are not on screen
    const QModelIndex first = indexAt(QPoint(0, 0));
    if (!first.isValid()) {
        viewport()->update(); // the rows do not fill the view (or a layout is pending)
        return;
    }
    const QModelIndex last = indexAt(QPoint(0, viewport()->height() - 1));
    const int top = parent.isValid() ? topLevelRow(parent) : topLeft.row();
    const int bottom = parent.isValid() ? top : bottomRight.row();
    if (bottom < topLevelRow(first) || (last.isValid() && top > topLevelRow(last)))
        return; // every changed row is above or below the visible ones
    viewport()->update();
}

} // namespace switchyard::widgets
