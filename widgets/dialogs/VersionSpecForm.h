#pragma once

#include <optional>

#include <QWidget>

#include "Capacity.h"
#include "VersionPatch.h"
#include "VersionSpec.h"
#include "common/FieldErrors.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace switchyard::widgets {

class ReplicaCalculatorBox;

// Every VersionSpec field, grouped as an operator thinks of them (model and runtime, resources, autoscale,
// request handling, probes, traffic and role), with the contract's defaults. The form reads and writes
// core types; the dialog that owns it runs core's validation and routes each reason to its field.
class VersionSpecForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionSpecForm)

public:
    enum class Mode
    {
        NewVersion,   // POST …/versions
        FirstVersion, // the version an endpoint is created with: always the default
        Edit,         // PATCH …/versions/{v}: fields fixed at creation are read-only
    };

    explicit VersionSpecForm(Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setSpec(const VersionSpec& spec);
    // The spec as typed; an error (with its field as target) when a field cannot be read at all.
    Result<VersionSpec> spec() const;
    // Edit mode: what changed since setSpec, as a PATCH body.
    Result<VersionPatch> patch() const;

    void setModelChoices(const QStringList& references);
    // The cluster's free capacity, to warn when the minimum replicas would not fit (rule 9).
    void setFreeCapacity(std::optional<Resources> free);

    void clearErrors();
    // Shows `message` beside the field `target` names (contract name); false when none matches.
    bool showError(const QString& target, const QString& message);

signals:
    void changed();
    void registerModelRequested();

private:
    QGroupBox* buildModelGroup();
    QGroupBox* buildResourcesGroup();
    QGroupBox* buildAutoscaleGroup();
    QGroupBox* buildRequestGroup();
    QGroupBox* buildProbesGroup();
    QGroupBox* buildTrafficGroup();
    QSpinBox* intField(int minimum, int maximum, const QString& suffix = {});
    QDoubleSpinBox* doubleField(double maximum, const QString& suffix);
    void watch(QWidget* editor);
    void updateEnabledFields();
    void updateCapacityHint();

    Mode m_mode;
    FieldErrors m_errors;
    VersionSpec m_base;
    std::optional<Resources> m_free;

    QLineEdit* m_name = nullptr;
    QComboBox* m_model = nullptr;
    QPushButton* m_registerModel = nullptr;
    QComboBox* m_runtime = nullptr;
    QLineEdit* m_command = nullptr;
    QLineEdit* m_env = nullptr;
    QLineEdit* m_healthPath = nullptr;
    QLineEdit* m_scorePath = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_tags = nullptr;

    QDoubleSpinBox* m_cpu = nullptr;
    QDoubleSpinBox* m_memory = nullptr;
    QLabel* m_capacityHint = nullptr;

    QCheckBox* m_autoscale = nullptr;
    QCheckBox* m_fixed = nullptr;
    QSpinBox* m_numReplicas = nullptr;
    QSpinBox* m_minReplicas = nullptr;
    QSpinBox* m_maxReplicas = nullptr;
    QSpinBox* m_targetUtilization = nullptr;
    QSpinBox* m_refreshSeconds = nullptr;
    ReplicaCalculatorBox* m_calculator = nullptr;

    QSpinBox* m_maxConcurrent = nullptr;
    QSpinBox* m_maxWait = nullptr;
    QSpinBox* m_scoringTimeout = nullptr;
    QCheckBox* m_collect = nullptr;

    QSpinBox* m_period = nullptr;
    QSpinBox* m_initialDelay = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_success = nullptr;
    QSpinBox* m_failure = nullptr;

    QSpinBox* m_traffic = nullptr;
    QCheckBox* m_default = nullptr;
    QCheckBox* m_control = nullptr;
};

} // namespace switchyard::widgets
