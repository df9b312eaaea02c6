#pragma once

#include <QStyledItemDelegate>

namespace switchyard::widgets {

// Paints a cell's series (MonitorModel::SeriesRole: QList<double>, oldest first, NaN for no sample) as a
// line scaled to the cell, newest at the right edge (the figure itself has its own column). Gaps
// (NaN) break the line rather than drawing zero, so "no requests" does not read as "0 ms".
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)

public:
    explicit SparklineDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace switchyard::widgets
