#include "SparklineDelegate.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QPainter>
#include <QPainterPath>

#include "MonitorModel.h"

namespace switchyard::widgets {

using models::MonitorModel;

namespace {

// The margins of the line inside its cell.
constexpr int kMarginX = 3;
constexpr int kMarginY = 4;

} // namespace

SparklineDelegate::SparklineDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyledItemDelegate::paint(painter, background, QModelIndex()); // selection and hover only

    const QVariant value = index.data(MonitorModel::SeriesRole);
    const auto* series = static_cast<const QList<double>*>(value.constData());
    if (value.metaType() != QMetaType::fromType<QList<double>>() || series->isEmpty())
        return;
    QColor color = (option.state & QStyle::State_Selected) ? option.palette.highlightedText().color()
                                                           : option.palette.link().color();
    if (index.data(MonitorModel::StaleRole).toBool())
        color = option.palette.color(QPalette::Disabled, QPalette::Text);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    const double* key = series->constData();
    auto it = m_drawn.find(key);
    if (it == m_drawn.end()) {
        if (m_drawn.size() >= kGeneration)
            m_older = std::exchange(m_drawn, {});
        const auto older = m_older.constFind(key);
        it = older == m_older.constEnd() ? m_drawn.insert(key, Drawn{}) : m_drawn.insert(key, *older);
    }
    if (it->series.size() != series->size() || it->size != option.rect.size() || it->pixelRatio != ratio ||
        it->color != color.rgba() || it->series.constData() != key)
        *it = Drawn{*series, option.rect.size(), ratio, color.rgba(),
                    draw(*series, option.rect.size(), ratio, color)};
    if (!it->line.isNull())
        painter->drawPixmap(option.rect.topLeft(), it->line);
}

QPixmap SparklineDelegate::draw(const QList<double>& series, QSize size, qreal pixelRatio,
                                const QColor& color)
{
    double low = 0, high = 0;
    bool any = false;
    for (const double x : series) {
        if (!std::isfinite(x))
            continue;
        high = any ? std::max(high, x) : x;
        low = any ? std::min(low, x) : std::min(0.0, x);
        any = true;
    }
    if (!any || size.isEmpty())
        return {};
    if (high <= low)
        high = low + 1;

    const QRect area = QRect(QPoint(0, 0), size).adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY);
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
    QPixmap line(size * pixelRatio);
    line.setDevicePixelRatio(pixelRatio);
    line.fill(Qt::transparent);
    QPainter painter(&line);
    painter.setRenderHint(QPainter::Antialiasing);
    // One pixel: the raster engine draws it about ten times faster than a wider line (0.03 ms a line
    // of five minutes against 0.3 ms), which counts with a hundred lines on screen.
    painter.setPen(QPen(color, 1.0));
    painter.drawPath(path);
    return line;
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace switchyard::widgets
