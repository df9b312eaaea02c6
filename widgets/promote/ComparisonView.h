#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "ComparisonStats.h"
#include "TrafficPlan.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace switchyard::models {
class MetricHistory;
}

namespace switchyard::widgets {

// The control beside each treatment over the last minute (the default), 5 min, 15 min or 1 h: requests,
// error rate, p50/p99 latency and mean utilization, the difference, and whether the error rates differ
// significantly (two-proportion z-test). Live: reads a MetricHistory and recomputes as each second's
// samples arrive, saying as of when.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    enum Row
    {
        RequestsRow,
        ErrorRateRow,
        SignificanceRow,
        P50Row,
        P99Row,
        UtilizationRow,
        RowCount
    };

    explicit ComparisonView(QWidget* parent = nullptr);

    void setHistory(models::MetricHistory* history);
    void setPlan(const TrafficPlan& live);
    void setWindowSeconds(int seconds);
    int windowSeconds() const;
    QTableWidget* table() const { return m_table; }
    // The newest second the figures include (0 before any).
    qint64 asOf() const { return m_asOf; }
    QString liveText() const;
    void recompute();

signals:
    // The history must hold this many seconds for the comparison (the owner may need to fetch more).
    void windowChanged(int seconds);

private:
    QPointer<models::MetricHistory> m_history;
    TrafficPlan m_live;
    QComboBox* m_window = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_liveStamp = nullptr;
    qint64 m_asOf = 0;
    QTableWidget* m_table = nullptr;
    QTimer m_coalesce;
};

} // namespace switchyard::widgets
