#pragma once

#include <QGroupBox>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace switchyard::widgets {

// The seed's replica calculator: target requests per second, time per request and the target utilization
// give the replicas a version needs (core's ReplicaCalculator does the arithmetic).
class ReplicaCalculatorBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicaCalculatorBox)

public:
    explicit ReplicaCalculatorBox(QWidget* parent = nullptr);

    // The version's own settings the calculation depends on.
    void setVersionSettings(int targetUtilizationPercent, int maxConcurrentRequests);
    int replicas() const { return m_replicas; }

signals:
    void useAsMinimumRequested(int replicas);

private:
    void recalculate();

    QDoubleSpinBox* m_targetRps = nullptr;
    QSpinBox* m_requestMs = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_use = nullptr;
    int m_targetUtilization = 70;
    int m_maxConcurrent = 1;
    int m_replicas = 0;
};

} // namespace switchyard::widgets
