#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QChartView>

class QDateTimeAxis;
class QGraphicsLineItem;
class QLabel;
class QLegendMarker;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace switchyard::widgets {

// One live time chart: line or step series over a sliding window of wall-clock time, an optional
// horizontal target line and event markers that tell their reason on hover. Points are appended and the
// ones that fell out of the window removed, so a tick never rebuilds the chart. Until the window is full
// the time axis spans only the time that has data (at least kMinimumSpanSeconds). A crosshair follows
// the mouse over the plot and reads out every series' exact value at that second.
class MetricChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChart)

public:
    static constexpr int kMinimumSpanSeconds = 30;

    MetricChart(const QString& title, const QString& unit, QWidget* parent = nullptr);

    int addSeries(const QString& name, const QColor& color, bool steps = false,
                  Qt::PenStyle style = Qt::SolidLine);
    // A series drawn but left out of the legend (the title says what its line style means).
    void setInLegend(int index, bool shown);
    void clearSeries();
    int seriesCount() const { return int(m_series.size()); }
    QLineSeries* series(int index) const { return m_series.at(std::size_t(index)).line; }
    // NaN values leave a gap-free skip (no point).
    void append(int index, qint64 msecs, double value);
    void setTarget(std::optional<double> target, const QString& label = {});
    QLineSeries* targetLine() const { return m_target; }
    void addMarker(qint64 msecs, double value, const QString& text);
    QScatterSeries* markers() const { return m_markers; }
    // The x range becomes [now − window, now]; older points go.
    void setWindow(int seconds);
    void scrollTo(qint64 nowMsecs);
    void setMinimumYMax(double value) { m_minimumYMax = value; }
    // The time axis now: [start, now] in ms since the epoch.
    qint64 rangeStart() const { return m_start; }
    qint64 rangeEnd() const { return m_now; }
    // "14:02:51", then "blue 12.5 /s", "green 3.0 /s" a line each: the series' values at the sample
    // nearest `msecs`; empty where no series has a point within two seconds.
    QString readoutAt(qint64 msecs) const;
    // The crosshair's read-out as shown now (empty when the mouse is not over the plot).
    QString readout() const;
    QLabel* readoutLabel() const { return m_readout; }
    // Where on the widget a time and value are drawn (for the crosshair and for tests that hover).
    QPoint positionOf(qint64 msecs, double value) const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // The chart's background, words and grid in the widget's palette (light or dark), not QtCharts' own.
    void applyPalette();
    struct Series
    {
        QLineSeries* line = nullptr;
        bool steps = false;
    };
    void trim(QXYSeries* line, qint64 startMsecs);
    void updateYRange(double value);
    void layoutYTicks();
    void updateTargetLine();
    void updateMarkerLegend();
    void setMarkersVisible(const QList<QLegendMarker*>& markers, bool shown);
    void updateRange();
    void showCrosshair(const QPoint& position);
    void hideCrosshair();

    QString m_unit;
    std::vector<Series> m_series;
    QLineSeries* m_target = nullptr;
    std::optional<double> m_targetValue;
    QScatterSeries* m_markers = nullptr;
    std::map<qint64, QString> m_markerText;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    int m_windowSeconds = 300;
    qint64 m_now = 0;
    qint64 m_start = 0;
    QLabel* m_readout = nullptr;
    QGraphicsLineItem* m_crosshair = nullptr;
    double m_yMax = 0;
    double m_minimumYMax = 1;
};

} // namespace switchyard::widgets
