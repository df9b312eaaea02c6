#include "MetricChartsView.h"

#include <algorithm>
#include <cmath>

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QScrollArea>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

#include "MetricHistory.h"
#include "ScaleReasonText.h"
#include "charts/MetricChart.h"
#include "traffic/EffectiveSplitBar.h"

namespace switchyard::widgets {

using models::MetricHistory;
using models::MetricSample;

MetricChartsView::MetricChartsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metricChartsView"));
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("chartsVersion"));
    m_version->setAccessibleName(tr("Version shown"));
    m_version->addItem(tr("All versions"), QString());
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("chartsWindow"));
    m_window->setAccessibleName(tr("Time window"));
    m_window->addItem(tr("5 min"), 300);
    m_window->addItem(tr("15 min"), 900);
    m_window->addItem(tr("1 h"), 3600);
    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("chartsPause"));
    m_pause->setCheckable(true);
    m_pause->setText(tr("Pause"));
    m_pause->setAccessibleName(tr("Pause charts"));
    m_exportPng = new QPushButton(tr("Export PNG…"), this);
    m_exportPng->setObjectName(QStringLiteral("chartsExportPng"));
    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("chartsExportCsv"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartsStatus"));

    connect(m_version, &QComboBox::currentIndexChanged, this, &MetricChartsView::rebuild);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        if (m_history)
            m_history->setWindowSeconds(windowSeconds());
        emit windowChanged(windowSeconds());
        rebuild();
    });
    connect(m_pause, &QToolButton::toggled, this, &MetricChartsView::setPaused);
    connect(m_exportPng, &QPushButton::clicked, this, [this] {
        chooseFile(tr("Export charts as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"),
                   [this](const QString& path) { return exportPng(path); });
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        chooseFile(tr("Export samples as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
                   [this](const QString& path) { return exportCsv(path); });
    });

    m_chartsHost = new QWidget(this);
    m_charts[UtilizationChart] = new MetricChart(tr("Utilization"), tr("%"), m_chartsHost);
    m_charts[UtilizationChart]->setMinimumYMax(100);
    m_charts[ReplicasChart] = new MetricChart(tr("Replicas"), QString(), m_chartsHost);
    m_charts[ReplicasChart]->setMinimumYMax(2);
    m_charts[QueuedChart] = new MetricChart(tr("Queued requests"), QString(), m_chartsHost);
    m_charts[QueuedChart]->setMinimumYMax(4);
    m_charts[RequestsChart] = new MetricChart(tr("Requests and errors per second"), tr("/s"), m_chartsHost);
    m_charts[LatencyChart] = new MetricChart(tr("Latency"), tr("ms"), m_chartsHost);
    const char* names[] = {"chartUtilization", "chartReplicas", "chartQueued", "chartRequests",
                           "chartLatency"};
    auto* grid = new QGridLayout(m_chartsHost);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < ChartCount; ++i) {
        m_charts[i]->setObjectName(QString::fromLatin1(names[i]));
        m_charts[i]->setAccessibleName(m_charts[i]->chart()->title());
    }
    grid->addWidget(m_charts[UtilizationChart], 0, 0, 1, 2);
    grid->addWidget(m_charts[ReplicasChart], 1, 0);
    grid->addWidget(m_charts[QueuedChart], 1, 1);
    grid->addWidget(m_charts[RequestsChart], 2, 0);
    grid->addWidget(m_charts[LatencyChart], 2, 1);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Version:"), this));
    bar->addWidget(m_version);
    bar->addWidget(new QLabel(tr("Window:"), this));
    bar->addWidget(m_window);
    bar->addWidget(m_pause);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addWidget(m_exportPng);
    bar->addWidget(m_exportCsv);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    // Charts keep a readable height; a short window scrolls instead of squeezing their axes to "…".
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_chartsHost);
    layout->addWidget(scroll, 1);
    rebuild();
}

void MetricChartsView::setHistory(models::MetricHistory* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (history) {
        history->setWindowSeconds(windowSeconds());
        connect(history, &MetricHistory::samplesAppended, this, &MetricChartsView::onSamplesAppended);
        connect(history, &MetricHistory::eventAppended, this, [this] {
            if (!m_paused)
                addEventMarkers();
        });
        connect(history, &MetricHistory::cleared, this, [this] {
            refillVersions();
            rebuild();
        });
        connect(history, &MetricHistory::backfilled, this, [this] {
            if (!m_paused)
                rebuild(); // else resuming rebuilds
        });
    }
    refillVersions();
    rebuild();
}

void MetricChartsView::refillVersions()
{
    const QString current = version();
    const QSignalBlocker blocker(m_version);
    while (m_version->count() > 1)
        m_version->removeItem(1);
    if (m_history)
        for (const auto& name : m_history->versions())
            m_version->addItem(QString::fromStdString(name), QString::fromStdString(name));
    const int index = m_version->findData(current);
    m_version->setCurrentIndex(index < 0 ? 0 : index);
}

void MetricChartsView::setVersionOrder(const std::vector<std::string>& order, const std::string& control)
{
    if (order == m_order && control == m_control)
        return;
    m_order = order;
    m_control = control;
    if (version().isEmpty() && !m_paused)
        rebuild();
}

QColor MetricChartsView::colorOf(const std::string& version) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), version);
    if (it != m_order.end())
        return EffectiveSplitBar::colorFor(int(it - m_order.begin()));
    // Not in the plan (any more): after the plan's colours, in the history's order.
    const auto all = m_history ? m_history->versions() : std::vector<std::string>{};
    const auto at = std::find(all.begin(), all.end(), version);
    return EffectiveSplitBar::colorFor(int(m_order.size()) + int(at - all.begin()));
}

void MetricChartsView::setVersion(const QString& version)
{
    if (m_version->findData(version) < 0)
        m_version->addItem(version, version);
    m_version->setCurrentIndex(m_version->findData(version));
}

QString MetricChartsView::version() const
{
    return m_version->currentData().toString();
}

void MetricChartsView::setWindowSeconds(int seconds)
{
    const int index = m_window->findData(seconds);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

int MetricChartsView::windowSeconds() const
{
    return m_window->currentData().toInt();
}

void MetricChartsView::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(paused);
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(paused ? tr("Resume charts") : tr("Pause charts"));
    m_status->setText(paused ? tr("Paused") : QString());
    // The history kept collecting while paused: catch up in one go.
    if (!paused)
        rebuild();
}

void MetricChartsView::rebuild()
{
    for (auto* chart : m_charts) {
        chart->clearSeries();
        chart->setWindow(windowSeconds());
    }
    for (auto& map : m_firstSeries)
        map.clear();
    m_drawnUntil.clear();
    m_eventsDrawnUntil = 0;
    const QString single = version();
    std::vector<std::string> shown;
    if (!single.isEmpty())
        shown.push_back(single.toStdString());
    else if (m_history)
        shown = m_history->versions();

    auto& c = m_charts;
    if (!single.isEmpty()) {
        const auto name = shown.front();
        m_firstSeries[UtilizationChart][name] =
            c[UtilizationChart]->addSeries(tr("Utilization"), QColor(0x00, 0x72, 0xB2));
        m_firstSeries[ReplicasChart][name] =
            c[ReplicasChart]->addSeries(tr("Desired"), QColor(0x99, 0x99, 0x99), true, Qt::DashLine);
        c[ReplicasChart]->addSeries(tr("Ready"), QColor(0x00, 0x9E, 0x73), true);
        c[ReplicasChart]->addSeries(tr("Busy"), QColor(0xE6, 0x9F, 0x00), true);
        m_firstSeries[QueuedChart][name] = c[QueuedChart]->addSeries(tr("Queued"), QColor(0xCC, 0x79, 0xA7));
        m_firstSeries[RequestsChart][name] =
            c[RequestsChart]->addSeries(tr("Requests/s"), QColor(0x00, 0x72, 0xB2));
        c[RequestsChart]->addSeries(tr("Errors/s"), QColor(0xB0, 0x00, 0x20));
        m_firstSeries[LatencyChart][name] = c[LatencyChart]->addSeries(tr("p50"), QColor(0x56, 0xB4, 0xE9));
        c[LatencyChart]->addSeries(tr("p99"), QColor(0xD5, 0x5E, 0x00));
    } else {
        // In the traffic bars' order, so that the legends read the same way.
        std::stable_sort(shown.begin(), shown.end(), [this](const std::string& a, const std::string& b) {
            const auto rank = [this](const std::string& v) {
                return std::find(m_order.begin(), m_order.end(), v) - m_order.begin();
            };
            return rank(a) < rank(b);
        });
        for (const auto& name : shown) {
            const QString label = QString::fromStdString(name);
            const QColor color = colorOf(name);
            m_firstSeries[UtilizationChart][name] = c[UtilizationChart]->addSeries(
                name == m_control ? tr("%1 (control)").arg(label) : label, color);
            m_firstSeries[ReplicasChart][name] = c[ReplicasChart]->addSeries(label, color, true);
            m_firstSeries[QueuedChart][name] = c[QueuedChart]->addSeries(label, color);
            // One legend entry per version; the title says what the dashed and dotted lines are.
            m_firstSeries[RequestsChart][name] =
                c[RequestsChart]->addSeries(tr("%1 requests").arg(label), color);
            const int errors =
                c[RequestsChart]->addSeries(tr("%1 errors").arg(label), color, false, Qt::DashLine);
            c[RequestsChart]->setInLegend(errors, false);
            m_firstSeries[LatencyChart][name] = c[LatencyChart]->addSeries(tr("%1 p99").arg(label), color);
            const int p50 = c[LatencyChart]->addSeries(tr("%1 p50").arg(label), color, false, Qt::DotLine);
            c[LatencyChart]->setInLegend(p50, false);
        }
    }
    // The target line: the version's, or in the overlay the versions' common target when they agree.
    std::optional<double> target;
    if (m_history) {
        for (const auto& name : shown) {
            const double t = m_history->targetUtilization(name);
            if (!target)
                target = t;
            else if (*target != t)
                target = std::nullopt;
            if (!target)
                break;
        }
    }
    c[UtilizationChart]->setTarget(target, target ? tr("Target %1 %").arg(*target) : QString());
    // In the overlay the series are named by version only: the titles say what they show.
    const bool overlay = single.isEmpty();
    c[ReplicasChart]->chart()->setTitle(overlay ? tr("Ready replicas") : tr("Replicas"));
    c[RequestsChart]->chart()->setTitle(overlay ? tr("Requests/s (solid), errors/s (dashed)")
                                                : tr("Requests and errors per second"));
    c[LatencyChart]->chart()->setTitle(overlay ? tr("Latency p99 (solid), p50 (dotted)") : tr("Latency"));
    if (m_history) {
        for (const auto& name : shown)
            appendSamples(name, 0);
        addEventMarkers();
    }
    scrollCharts();
}

void MetricChartsView::onSamplesAppended(const QString& version, int count)
{
    if (!m_history)
        return;
    const auto name = version.toStdString();
    if (m_version->findData(version) < 0) {
        m_version->addItem(version, version);
        // A new version joins the overlay.
        if (this->version().isEmpty() && !m_paused) {
            rebuild();
            return;
        }
    }
    if (m_paused || !m_firstSeries[UtilizationChart].count(name))
        return;
    const auto* ring = m_history->samples(name);
    if (!ring)
        return;
    appendSamples(name, ring->size() - std::min<std::size_t>(ring->size(), std::size_t(std::max(count, 0))));
    scrollCharts();
}

void MetricChartsView::appendSamples(const std::string& version, std::size_t from)
{
    const auto* ring = m_history->samples(version);
    if (!ring)
        return;
    auto& drawn = m_drawnUntil[version];
    const bool single = !this->version().isEmpty();
    const auto first = [this, &version](Chart chart) { return m_firstSeries[chart].at(version); };
    for (std::size_t i = from; i < ring->size(); ++i) {
        const MetricSample& s = ring->at(i);
        if (s.t <= drawn)
            continue;
        drawn = s.t;
        const qint64 ms = s.t * 1000;
        m_charts[UtilizationChart]->append(first(UtilizationChart), ms, s.utilization);
        m_charts[QueuedChart]->append(first(QueuedChart), ms, s.queuedRequests);
        m_charts[RequestsChart]->append(first(RequestsChart), ms, s.requestsPerSecond);
        if (single) {
            m_charts[ReplicasChart]->append(0, ms, s.replicas);
            m_charts[ReplicasChart]->append(1, ms, s.readyReplicas);
            m_charts[ReplicasChart]->append(2, ms, s.busyReplicas);
            m_charts[RequestsChart]->append(1, ms, s.errorsPerSecond);
            m_charts[LatencyChart]->append(0, ms, s.latencyMsP50);
            m_charts[LatencyChart]->append(1, ms, s.latencyMsP99);
        } else {
            m_charts[ReplicasChart]->append(first(ReplicasChart), ms, s.readyReplicas);
            m_charts[RequestsChart]->append(first(RequestsChart) + 1, ms, s.errorsPerSecond);
            m_charts[LatencyChart]->append(first(LatencyChart), ms, s.latencyMsP99);
            m_charts[LatencyChart]->append(first(LatencyChart) + 1, ms, s.latencyMsP50);
        }
    }
}

void MetricChartsView::addEventMarkers()
{
    if (!m_history)
        return;
    const QString single = version();
    for (const auto& e : m_history->events()) {
        if (e.t <= m_eventsDrawnUntil && e.t != 0)
            continue;
        if (!single.isEmpty() && QString::fromStdString(e.version) != single)
            continue;
        const QString text = (e.kind == "ScaledUp" ? tr("%1 scaled up from %2 to %3: %4")
                                                   : tr("%1 scaled down from %2 to %3: %4"))
                                 .arg(QString::fromStdString(e.version))
                                 .arg(e.from)
                                 .arg(e.to)
                                 .arg(models::ScaleReasonText::localized(QString::fromStdString(e.reason)));
        m_charts[ReplicasChart]->addMarker(e.t * 1000, e.to, text);
        m_charts[UtilizationChart]->addMarker(e.t * 1000, m_history->targetUtilization(e.version), text);
    }
    for (const auto& e : m_history->events())
        m_eventsDrawnUntil = std::max(m_eventsDrawnUntil, e.t);
}

void MetricChartsView::scrollCharts()
{
    const qint64 latest = m_history ? m_history->latestTime() : 0;
    const qint64 now = latest > 0 ? latest * 1000 : QDateTime::currentMSecsSinceEpoch();
    for (auto* chart : m_charts)
        chart->scrollTo(now);
}

bool MetricChartsView::exportPng(const QString& path)
{
    return m_chartsHost->grab().save(path, "PNG");
}

bool MetricChartsView::exportCsv(const QString& path) const
{
    QFile file(path);
    if (!m_history || !file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out << "time,version,replicas,ready_replicas,busy_replicas,queued_requests,utilization,target_"
           "utilization,"
           "requests_per_second,errors_per_second,latency_ms_p50,latency_ms_p99\n";
    const auto cell = [](double v) { return std::isfinite(v) ? QString::number(v) : QString(); };
    const QString single = version();
    for (const auto& name : m_history->versions()) {
        if (!single.isEmpty() && single.toStdString() != name)
            continue;
        const auto* ring = m_history->samples(name);
        for (std::size_t i = 0; ring && i < ring->size(); ++i) {
            const auto& s = ring->at(i);
            out << QDateTime::fromSecsSinceEpoch(s.t, Qt::UTC).toString(Qt::ISODate) << ','
                << QString::fromStdString(name) << ',' << cell(s.replicas) << ',' << cell(s.readyReplicas)
                << ',' << cell(s.busyReplicas) << ',' << cell(s.queuedRequests) << ',' << cell(s.utilization)
                << ',' << m_history->targetUtilization(name) << ',' << cell(s.requestsPerSecond) << ','
                << cell(s.errorsPerSecond) << ',' << cell(s.latencyMsP50) << ',' << cell(s.latencyMsP99)
                << '\n';
        }
    }
    return out.status() == QTextStream::Ok;
}

void MetricChartsView::chooseFile(const QString& caption, const QString& filter, const QString& suffix,
                                  std::function<bool(const QString&)> save)
{
    // Window-modal and asynchronous (open(), not exec()): no nested event loop while samples arrive.
    auto* dialog = new QFileDialog(this, caption, QString(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString& path) {
        m_status->setText(save(path) ? tr("Saved %1").arg(path) : tr("Could not save %1").arg(path));
    });
    dialog->open();
}

} // namespace switchyard::widgets
