#include "ComparisonView.h"

#include <cmath>

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "MetricHistory.h"
#include <QLocale>

namespace switchyard::widgets {

using models::ComparisonStats;
using models::WindowSummary;

namespace {
QString number(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}
QString signedNumber(double value, int decimals, const QString& unit)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', decimals) + unit;
}
} // namespace

ComparisonView::ComparisonView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonView"));
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("comparisonWindow"));
    m_window->setAccessibleName(tr("Comparison window"));
    m_window->addItem(tr("Last minute"), 60);
    m_window->addItem(tr("Last 5 minutes"), 300);
    m_window->addItem(tr("Last 15 minutes"), 900);
    m_window->addItem(tr("Last hour"), 3600);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("comparisonNote"));
    m_note->setWordWrap(true);
    m_liveStamp = new QLabel(this);
    m_liveStamp->setObjectName(QStringLiteral("comparisonLive"));
    m_table = new QTableWidget(RowCount, 0, this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalHeaderLabels({tr("Requests"), tr("Error rate"), tr("Error rate differs?"),
                                      tr("Latency p50"), tr("Latency p99"), tr("Mean utilization")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Six rows: show them all rather than a scroll bar.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &ComparisonView::recompute);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        emit windowChanged(windowSeconds());
        recompute();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Control vs treatments</b>"), this));
    top->addWidget(m_liveStamp, 1);
    top->addWidget(m_window);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    recompute();
}

void ComparisonView::setHistory(models::MetricHistory* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (history) {
        connect(history, &models::MetricHistory::samplesAppended, this, [this] {
            if (!m_coalesce.isActive())
                m_coalesce.start();
        });
        connect(history, &models::MetricHistory::cleared, this, &ComparisonView::recompute);
    }
    recompute();
}

void ComparisonView::setPlan(const TrafficPlan& live)
{
    m_live = live;
    recompute();
}

void ComparisonView::setWindowSeconds(int seconds)
{
    const int index = m_window->findData(seconds);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

int ComparisonView::windowSeconds() const
{
    return m_window->currentData().toInt();
}

QString ComparisonView::liveText() const
{
    return m_liveStamp->text();
}

void ComparisonView::recompute()
{
    const auto control = m_live.controlVersion();
    std::vector<std::string> treatments;
    for (const auto& v : m_live.versions())
        if (!control || v.name != *control)
            treatments.push_back(v.name);
    m_table->setColumnCount(control ? 1 + 2 * int(treatments.size()) : 0);
    if (!control) {
        m_note->setText(tr("Choose a control version to compare the treatments with it."));
        return;
    }
    if (!m_history || !m_history->samples(*control)) {
        m_note->setText(tr("No metrics yet."));
    } else {
        m_note->setText(
            tr("Differences are treatment minus control. The error rates differ significantly when "
               "the two-proportion z-test gives p < 0.05."));
    }
    const int seconds = windowSeconds();
    const auto latest = m_history ? m_history->latestTime() : 0;
    m_asOf = latest;
    m_liveStamp->setText(
        latest > 0 ? tr("live, as of %1")
                         .arg(QDateTime::fromSecsSinceEpoch(latest).toString(QStringLiteral("HH:mm:ss")))
                   : QString());
    const auto summary = [&](const std::string& name) {
        const auto* ring = m_history ? m_history->samples(name) : nullptr;
        return ring ? ComparisonStats::summarize(*ring, seconds, latest) : WindowSummary{};
    };
    const auto put = [this](int row, int column, const QString& text) {
        auto* item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        item->setText(text);
    };
    const auto c = summary(*control);
    QStringList headers{tr("%1 (control)").arg(QString::fromStdString(*control))};
    put(RequestsRow, 0, number(c.requests, 0));
    put(ErrorRateRow, 0, number(c.errorRate * 100, 2) + tr(" %"));
    put(SignificanceRow, 0, QString());
    put(P50Row, 0, number(c.latencyMsP50, 1) + tr(" ms"));
    put(P99Row, 0, number(c.latencyMsP99, 1) + tr(" ms"));
    put(UtilizationRow, 0, number(c.meanUtilization, 1) + tr(" %"));
    int column = 1;
    for (const auto& name : treatments) {
        const auto t = summary(name);
        headers << QString::fromStdString(name) << tr("Δ %1").arg(QString::fromStdString(name));
        put(RequestsRow, column, number(t.requests, 0));
        put(RequestsRow, column + 1, signedNumber(t.requests - c.requests, 0, QString()));
        put(ErrorRateRow, column, number(t.errorRate * 100, 2) + tr(" %"));
        put(ErrorRateRow, column + 1, signedNumber((t.errorRate - c.errorRate) * 100, 2, tr(" pp")));
        const auto z = ComparisonStats::twoProportionZTest(c.errors, c.requests, t.errors, t.requests);
        put(SignificanceRow, column,
            !z.valid        ? tr("not enough data")
            : z.significant ? tr("yes (p = %1)").arg(z.pValue, 0, 'g', 2)
                            : tr("no (p = %1)").arg(z.pValue, 0, 'g', 2));
        put(SignificanceRow, column + 1,
            z.valid ? tr("z = %1").arg(QLocale().toString(z.z, 'f', 2)) : QString());
        put(P50Row, column, number(t.latencyMsP50, 1) + tr(" ms"));
        put(P50Row, column + 1, signedNumber(t.latencyMsP50 - c.latencyMsP50, 1, tr(" ms")));
        put(P99Row, column, number(t.latencyMsP99, 1) + tr(" ms"));
        put(P99Row, column + 1, signedNumber(t.latencyMsP99 - c.latencyMsP99, 1, tr(" ms")));
        put(UtilizationRow, column, number(t.meanUtilization, 1) + tr(" %"));
        put(UtilizationRow, column + 1, signedNumber(t.meanUtilization - c.meanUtilization, 1, tr(" pp")));
        column += 2;
    }
    m_table->setHorizontalHeaderLabels(headers);
}

} // namespace switchyard::widgets
