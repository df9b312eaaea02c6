#include "MetricChart.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QMouseEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QLocale>

namespace switchyard::widgets {

MetricChart::MetricChart(const QString& title, const QString& unit, QWidget* parent)
    : QChartView(new QChart, parent), m_unit(unit)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(190);
    chart()->setTitle(title);
    chart()->setAnimationOptions(QChart::NoAnimation); // animations on every tick read as flicker
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    m_x = new QDateTimeAxis(this);
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(6);
    m_y = new QValueAxis(this);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_y->setRange(0, m_minimumYMax);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_markers = new QScatterSeries(this);
    m_markers->setName(tr("Scale events"));
    m_markers->setMarkerSize(11);
    m_markers->setColor(QColor(0xD5, 0x5E, 0x00));
    chart()->addSeries(m_markers);
    m_markers->attachAxis(m_x);
    m_markers->attachAxis(m_y);
    connect(m_markers, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
        const auto it = m_markerText.find(qint64(point.x()));
        if (state && it != m_markerText.end())
            QToolTip::showText(QCursor::pos(), it->second, this);
        else
            QToolTip::hideText();
    });
    // The crosshair: a thin vertical line over the plot and a read-out of every series at that second.
    m_crosshair = new QGraphicsLineItem(chart());
    m_crosshair->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DotLine));
    m_crosshair->setZValue(20);
    m_crosshair->hide();
    m_readout = new QLabel(viewport());
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255, 255, 255, 230); color: #202020; border: 1px solid #9e9e9e; "
        "padding: 2px 4px; }"));
    m_readout->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_readout->hide();
    viewport()->setMouseTracking(true);
    setMouseTracking(true);
    applyPalette();
    scrollTo(QDateTime::currentMSecsSinceEpoch());
}

void MetricChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void MetricChart::applyPalette()
{
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::Text);
    chart()->setBackgroundBrush(p.color(QPalette::Base));
    chart()->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    chart()->setTitleBrush(text);
    chart()->legend()->setLabelColor(text);
    setBackgroundBrush(p.color(QPalette::Window));
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_x), static_cast<QAbstractAxis*>(m_y)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(p.color(QPalette::Mid));
        QColor grid = text;
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
}

int MetricChart::addSeries(const QString& name, const QColor& color, bool steps, Qt::PenStyle style)
{
    auto* line = new QLineSeries(this);
    line->setName(name);
    QPen pen(color);
    pen.setWidthF(1.6);
    pen.setStyle(style);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(m_x);
    line->attachAxis(m_y);
    m_series.push_back({line, steps});
    return int(m_series.size()) - 1;
}

void MetricChart::setInLegend(int index, bool shown)
{
    if (index < 0 || index >= int(m_series.size()))
        return;
    setMarkersVisible(chart()->legend()->markers(m_series[std::size_t(index)].line), shown);
}

void MetricChart::setMarkersVisible(const QList<QLegendMarker*>& markers, bool shown)
{
    bool changed = false;
    for (auto* marker : markers) {
        // Set even when it reads as the same: a marker not laid out yet reads as hidden, and shows later.
        changed = changed || marker->isVisible() != shown;
        marker->setVisible(shown);
    }
    // QtCharts shares the legend's width out when an entry is shown and does not give the share back when
    // it is hidden again: the others stayed elided ("Deside…", "Occup…" in Italian) until a new layout.
    if (changed)
        chart()->legend()->layout()->invalidate();
}

void MetricChart::clearSeries()
{
    for (auto& s : m_series) {
        chart()->removeSeries(s.line);
        delete s.line;
    }
    m_series.clear();
    m_markers->clear();
    m_markerText.clear();
    m_yMax = 0;
    m_y->setRange(0, std::max(m_minimumYMax, m_targetValue.value_or(0) * 1.1));
    layoutYTicks();
    updateMarkerLegend();
}

void MetricChart::append(int index, qint64 msecs, double value)
{
    if (index < 0 || index >= int(m_series.size()) || !std::isfinite(value))
        return;
    auto& s = m_series[std::size_t(index)];
    const int n = s.line->count();
    if (s.steps && n > 0) {
        // A step: hold the previous value until this moment, then jump.
        const double previous = s.line->at(n - 1).y();
        if (previous != value)
            s.line->append(double(msecs), previous);
    }
    s.line->append(double(msecs), value);
    updateYRange(value);
}

void MetricChart::setTarget(std::optional<double> target, const QString& label)
{
    m_targetValue = target;
    if (!target) {
        if (m_target) {
            chart()->removeSeries(m_target);
            delete m_target;
            m_target = nullptr;
        }
        return;
    }
    if (!m_target) {
        m_target = new QLineSeries(this);
        QPen pen(QColor(0xB0, 0x00, 0x20));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.4);
        m_target->setPen(pen);
        chart()->addSeries(m_target);
        m_target->attachAxis(m_x);
        m_target->attachAxis(m_y);
    }
    m_target->setName(label);
    updateYRange(*target * 1.1);
    updateTargetLine();
}

void MetricChart::updateTargetLine()
{
    if (!m_target || !m_targetValue)
        return;
    m_target->replace(QList<QPointF>{{double(m_start), *m_targetValue}, {double(m_now), *m_targetValue}});
}

void MetricChart::addMarker(qint64 msecs, double value, const QString& text)
{
    if (m_markerText.count(msecs)) {
        m_markerText[msecs] += QLatin1Char('\n') + text;
        return;
    }
    m_markerText[msecs] = text;
    m_markers->append(double(msecs), value);
    updateMarkerLegend();
}

void MetricChart::updateMarkerLegend()
{
    // "Scale events" in the legend only where there are some, and only where the legend has room for it
    // beside the other entries: a narrow chart keeps their labels whole rather than eliding all of them
    // (the markers tell their reason on hover, and the utilization chart names them).
    const auto* legend = chart()->legend();
    const QFontMetrics metrics(legend->font());
    const int perEntry = 2 * metrics.height(); // the colour square and the spacing around it
    int others = 0;
    for (auto* marker : legend->markers())
        if (marker->series() != m_markers && marker->isVisible())
            others += metrics.horizontalAdvance(marker->label()) + perEntry;
    const int mine = metrics.horizontalAdvance(m_markers->name()) + perEntry;
    const int room = width() - 2 * metrics.height();
    setMarkersVisible(legend->markers(m_markers), m_markers->count() > 0 && others + mine <= room);
}

void MetricChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    // As many time and value labels as fit without eliding: about one per 110 px across, and one per
    // 30 px of the plot's height (the title, legend and time labels take about 100 px).
    m_x->setTickCount(std::clamp(width() / 110, 2, 7));
    layoutYTicks();
    updateMarkerLegend();
}

void MetricChart::setWindow(int seconds)
{
    m_windowSeconds = seconds;
    m_x->setFormat(seconds > 900 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    scrollTo(m_now);
}

void MetricChart::scrollTo(qint64 nowMsecs)
{
    m_now = nowMsecs;
    const qint64 start = m_now - qint64(m_windowSeconds) * 1000;
    for (auto& s : m_series)
        trim(s.line, start);
    trim(m_markers, start);
    for (auto it = m_markerText.begin(); it != m_markerText.end();)
        it = it->first < start ? m_markerText.erase(it) : std::next(it);
    updateRange();
    updateMarkerLegend();
    updateTargetLine();
}

void MetricChart::updateRange()
{
    // The window, or only the time that has data while there is less of it than the window (no squeezing
    // a minute of samples into the right edge of a 5-minute axis).
    const qint64 window = m_now - qint64(m_windowSeconds) * 1000;
    qint64 earliest = m_now;
    bool any = false;
    for (const auto& s : m_series)
        if (s.line->count() > 0) {
            earliest = std::min(earliest, qint64(s.line->at(0).x()));
            any = true;
        }
    m_start = any ? std::max(window, earliest) : window;
    m_start = std::min(m_start, m_now - qint64(kMinimumSpanSeconds) * 1000);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_start), QDateTime::fromMSecsSinceEpoch(m_now));
}

void MetricChart::trim(QXYSeries* line, qint64 startMsecs)
{
    // Keep one point before the window so the line enters it from the left edge.
    int drop = 0;
    const int n = line->count();
    while (drop + 1 < n && line->at(drop + 1).x() < double(startMsecs))
        ++drop;
    if (drop > 0)
        line->removePoints(0, drop);
}

QString MetricChart::readoutAt(qint64 msecs) const
{
    constexpr double kNearMs = 2000;
    QStringList parts;
    const QLocale locale;
    for (const auto& s : m_series) {
        const auto* line = s.line;
        if (!line->isVisible() || line->count() == 0)
            continue;
        // Points are in time order: the first at or after `msecs`, or the one before it, whichever is nearer.
        int lo = 0;
        int hi = line->count();
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (line->at(mid).x() < double(msecs))
                lo = mid + 1;
            else
                hi = mid;
        }
        int best = -1;
        double distance = kNearMs + 1;
        for (const int i : {lo - 1, lo}) {
            if (i < 0 || i >= line->count())
                continue;
            const double d = std::abs(line->at(i).x() - double(msecs));
            if (d < distance) {
                distance = d;
                best = i;
            }
        }
        // A step series holds its value until the next point.
        if (s.steps && lo > 0 && (best < 0 || line->at(best).x() > double(msecs))) {
            best = lo - 1;
            distance = 0;
        }
        if (best < 0 || distance > kNearMs)
            continue;
        const double value = line->at(best).y();
        const QString figure = locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 1);
        parts << line->name() + QLatin1Char(' ') + figure +
                     (m_unit.isEmpty() ? QString() : QLatin1Char(' ') + m_unit);
    }
    if (parts.isEmpty())
        return {};
    const QString when = QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("HH:mm:ss"));
    // One series a line: a narrow chart keeps the read-out inside it.
    return when + QLatin1Char('\n') + parts.join(QLatin1Char('\n'));
}

QString MetricChart::readout() const
{
    return m_readout->isVisible() ? m_readout->text() : QString();
}

QPoint MetricChart::positionOf(qint64 msecs, double value) const
{
    const QPointF inChart = chart()->mapToPosition(QPointF(double(msecs), value));
    return mapFromScene(chart()->mapToScene(inChart));
}

void MetricChart::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    showCrosshair(event->position().toPoint());
}

void MetricChart::leaveEvent(QEvent* event)
{
    QChartView::leaveEvent(event);
    hideCrosshair();
}

void MetricChart::showCrosshair(const QPoint& position)
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(position));
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(inChart))
        return hideCrosshair();
    // To the whole second: one sample a second.
    const qint64 msecs = qRound64(chart()->mapToValue(inChart).x() / 1000.0) * 1000;
    const QString text = readoutAt(msecs);
    if (text.isEmpty())
        return hideCrosshair();
    const double x = chart()->mapToPosition(QPointF(double(msecs), 0)).x();
    m_crosshair->setLine(x, plot.top(), x, plot.bottom());
    m_crosshair->show();
    m_readout->setText(text);
    m_readout->adjustSize();
    // Beside the line, on the side with room, at the top of the plot.
    const QPoint top = mapFromScene(chart()->mapToScene(QPointF(x, plot.top())));
    const QPoint left = mapFromScene(chart()->mapToScene(plot.topLeft()));
    const QPoint right = mapFromScene(chart()->mapToScene(plot.topRight()));
    int at = top.x() + 8;
    if (at + m_readout->width() > right.x())
        at = std::max(left.x(), top.x() - 8 - m_readout->width());
    m_readout->move(at, top.y() + 4);
    m_readout->show();
    m_readout->raise();
}

void MetricChart::hideCrosshair()
{
    m_crosshair->hide();
    m_readout->hide();
}

void MetricChart::updateYRange(double value)
{
    // Grow only (with headroom) so the axis does not jump every second.
    if (value <= m_yMax)
        return;
    m_yMax = value;
    const double top = std::max(m_minimumYMax, std::ceil(value * 1.15));
    if (top > m_y->max()) {
        m_y->setRange(0, top);
        layoutYTicks();
    }
}

void MetricChart::layoutYTicks()
{
    // Round value labels (0, 25, 50 … rather than 0, 26, 52), and no more of them than the plot's height
    // holds: one per 22 px (the title, legend and time labels take about 90 px). Qt's
    // applyNiceNumbers() may add ticks, and labels that do not fit are drawn as "…".
    const int most = std::clamp((height() - 90) / 22 + 1, 2, 6);
    const double rough = std::max(m_y->max(), 1e-9) / (most - 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10;
    for (const double factor : {1.0, 2.0, 2.5, 5.0})
        if (rough <= factor * power && (factor != 2.5 || power >= 10)) { // 25, 250 … but not 2.5 replicas
            step = factor * power;
            break;
        }
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(step);
    m_y->setRange(0, std::ceil(m_y->max() / step - 1e-9) * step);
}

} // namespace switchyard::widgets
