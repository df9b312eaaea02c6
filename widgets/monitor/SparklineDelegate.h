#pragma once

#include <QHash>
#include <QList>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace switchyard::widgets {

// Paints a cell's series (MonitorModel::SeriesRole: QList<double>, oldest first, NaN for no sample) as a
// line scaled to the cell, newest at the right edge (the figure itself has its own column). Gaps
// (NaN) break the line rather than drawing zero, so "no requests" does not read as "0 ms".
//
// A line is drawn once per series: the model hands out the same shared list until the series changes
// (once a second), and the view repaints its rows several times in that second (each cluster's answer,
// the sort), so the drawn line is kept and copied onto the cell until its list changes.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)

public:
    explicit SparklineDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Drawn
    {
        // Held so that no other list can take its address (the key) while it is kept.
        QList<double> series;
        QSize size;
        qreal pixelRatio = 1;
        QRgb color = 0;
        QPixmap line;
    };
    // More lines than a screen shows at once. Past it the lines drawn so far become the older generation,
    // dropped at the next turn: what is on screen is found in either and moves to the newer one.
    static constexpr qsizetype kGeneration = 256;

    static QPixmap draw(const QList<double>& series, QSize size, qreal pixelRatio, const QColor& color);

    // By the address of the series' data.
    mutable QHash<const double*, Drawn> m_drawn;
    mutable QHash<const double*, Drawn> m_older;
};

} // namespace switchyard::widgets
