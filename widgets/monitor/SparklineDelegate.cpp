#include "SparklineDelegate.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPainterPath>

#include "MonitorModel.h"

namespace switchyard::widgets {

using models::MonitorModel;

SparklineDelegate::SparklineDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyledItemDelegate::paint(painter, background, QModelIndex()); // selection and hover only

    const auto series = index.data(MonitorModel::SeriesRole).value<QList<double>>();
    double low = 0, high = 0;
    bool any = false;
    for (const double x : series) {
        if (!std::isfinite(x))
            continue;
        high = any ? std::max(high, x) : x;
        low = any ? std::min(low, x) : std::min(0.0, x);
        any = true;
    }
    if (!any)
        return;
    if (high <= low)
        high = low + 1;

    const QRect area = option.rect.adjusted(3, 4, -3, -4);
    const bool stale = index.data(MonitorModel::StaleRole).toBool();
    QColor color = (option.state & QStyle::State_Selected) ? option.palette.highlightedText().color()
                                                           : option.palette.link().color();
    if (stale)
        color = option.palette.color(QPalette::Disabled, QPalette::Text);

    // The horizontal scale shows the time that has data (at least a minute, so the first seconds do not
    // stretch over the cell), up to the five minutes the series keeps: a young series is not a few
    // pixels squeezed into the right edge.
    const qsizetype n = series.size();
    const qsizetype span = std::clamp<qsizetype>(n, 60, models::MonitorSeries::kCapacity);
    const double step = static_cast<double>(area.width()) / static_cast<double>(span - 1);
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = series[i];
        if (!std::isfinite(x)) {
            drawing = false;
            continue;
        }
        const QPointF point(area.right() - static_cast<double>(n - 1 - i) * step,
                            area.bottom() - (x - low) / (high - low) * area.height());
        if (point.x() < area.left())
            continue;
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    painter->setPen(QPen(color, 1.3));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace switchyard::widgets
