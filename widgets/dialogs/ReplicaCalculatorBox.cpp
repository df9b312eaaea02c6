#include "ReplicaCalculatorBox.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include "ReplicaCalculator.h"

namespace switchyard::widgets {

ReplicaCalculatorBox::ReplicaCalculatorBox(QWidget* parent) : QGroupBox(tr("Replica calculator"), parent)
{
    setObjectName(QStringLiteral("replicaCalculator"));
    m_targetRps = new QDoubleSpinBox(this);
    m_targetRps->setObjectName(QStringLiteral("calculatorTargetRps"));
    m_targetRps->setRange(0, 1000000);
    m_targetRps->setDecimals(1);
    m_targetRps->setValue(10);
    m_targetRps->setSuffix(tr(" req/s"));
    m_requestMs = new QSpinBox(this);
    m_requestMs->setObjectName(QStringLiteral("calculatorRequestMs"));
    m_requestMs->setRange(1, 3600000);
    m_requestMs->setValue(100);
    m_requestMs->setSuffix(tr(" ms"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("calculatorResult"));
    m_use = new QPushButton(tr("Use as minimum"), this);
    m_use->setObjectName(QStringLiteral("calculatorUse"));
    m_use->setToolTip(tr("Set the minimum replicas (and the maximum, if lower) to this number."));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Target requests per second:"), m_targetRps);
    form->addRow(tr("Time per request:"), m_requestMs);
    auto* row = new QHBoxLayout;
    row->addWidget(m_result, 1);
    row->addWidget(m_use);
    form->addRow(tr("Replicas needed:"), row);

    connect(m_targetRps, &QDoubleSpinBox::valueChanged, this, &ReplicaCalculatorBox::recalculate);
    connect(m_requestMs, &QSpinBox::valueChanged, this, &ReplicaCalculatorBox::recalculate);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_replicas > 0)
            emit useAsMinimumRequested(m_replicas);
    });
    recalculate();
}

void ReplicaCalculatorBox::setVersionSettings(int targetUtilizationPercent, int maxConcurrentRequests)
{
    m_targetUtilization = targetUtilizationPercent;
    m_maxConcurrent = maxConcurrentRequests;
    recalculate();
}

void ReplicaCalculatorBox::recalculate()
{
    m_replicas = ReplicaCalculator::replicas(m_targetRps->value(), m_requestMs->value() / 1000.0,
                                             m_targetUtilization, m_maxConcurrent);
    if (m_replicas <= 0) {
        m_result->setText(tr("—"));
        m_result->setToolTip(tr("Enter a request rate and a target utilization above zero."));
    } else {
        m_result->setText(tr("%n replica(s)", nullptr, m_replicas));
        m_result->setToolTip(tr("At %1% target utilization and %n concurrent request(s) per replica.",
                                nullptr, m_maxConcurrent)
                                 .arg(m_targetUtilization));
    }
    m_use->setEnabled(m_replicas > 0);
}

} // namespace switchyard::widgets
