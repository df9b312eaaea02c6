#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <QColor>

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace switchyard::models {
class MetricHistory;
}

namespace switchyard::widgets {

class MetricChart;

// The live charts of an endpoint from a MetricHistory: for one version (utilization with its target,
// replicas desired/ready and busy as steps, queued requests, requests/s and errors/s, latency p50/p99)
// or all versions overlaid (the default: each version in its colour of the traffic bars, errors dashed,
// p50 dotted). New samples are appended as they arrive; window, pause, export.
class MetricChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChartsView)

public:
    enum Chart
    {
        UtilizationChart,
        ReplicasChart,
        QueuedChart,
        RequestsChart,
        LatencyChart,
        ChartCount
    };

    explicit MetricChartsView(QWidget* parent = nullptr);

    void setHistory(models::MetricHistory* history);
    // Each version's colour is its place in `order` (the traffic bars'); the control is named so.
    void setVersionOrder(const std::vector<std::string>& order, const std::string& control);
    QColor colorOf(const std::string& version) const;
    // Empty: all versions overlaid.
    void setVersion(const QString& version);
    QString version() const;
    void setWindowSeconds(int seconds);
    int windowSeconds() const;
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    MetricChart* chart(Chart which) const { return m_charts[which]; }

    bool exportPng(const QString& path);
    bool exportCsv(const QString& path) const;

signals:
    // The history must hold this many seconds (the owner may fetch more and refill it).
    void windowChanged(int seconds);

private:
    void rebuild();
    void refillVersions();
    void onSamplesAppended(const QString& version, int count);
    void appendSamples(const std::string& version, std::size_t from);
    void addEventMarkers();
    void scrollCharts();
    void chooseFile(const QString& caption, const QString& filter, const QString& suffix,
                    std::function<bool(const QString&)> save);

    QPointer<models::MetricHistory> m_history;
    MetricChart* m_charts[ChartCount] = {};
    // Series index per (version, chart, metric slot); a version's first series in each chart.
    std::map<std::string, int> m_firstSeries[ChartCount];
    std::map<std::string, std::int64_t> m_drawnUntil; // newest sample drawn per version
    std::int64_t m_eventsDrawnUntil = 0;              // newest scale event drawn
    std::vector<std::string> m_order;
    std::string m_control;
    bool m_paused = false;

    QComboBox* m_version = nullptr;
    QComboBox* m_window = nullptr;
    QToolButton* m_pause = nullptr;
    QPushButton* m_exportPng = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_chartsHost = nullptr;
};

} // namespace switchyard::widgets
