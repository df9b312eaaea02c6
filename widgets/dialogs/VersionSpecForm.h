#pragma once

#include <optional>
#include <vector>

#include <QWidget>

#include "Capacity.h"
#include "VersionPatch.h"
#include "VersionSpec.h"
#include "VersionFormField.h"
#include "common/FieldErrors.h"

class QGroupBox;
class QLabel;

namespace switchyard::widgets {

class ReplicaCalculatorBox;

// Every VersionSpec field, grouped as an operator thinks of them (model and runtime, resources, autoscale,
// request handling, probes, traffic and role), with the contract's defaults. The form reads and writes
// core types through one table of fields (VersionFormField); the dialog that owns it runs core's validation
// and routes each reason to its field.
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
    ~VersionSpecForm() override;

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
    static std::vector<VersionFormField> fieldTable();
    QGroupBox* buildGroup(FormGroup group, const QString& title, const QString& objectName);
    void watch(QWidget* editor);
    void connectBehaviour();
    void updateEnabledFields();
    void updateCapacityHint();
    // A field's editor (or one of its companions) by objectName: the contract name, or a row's own name.
    template <class Editor>
    Editor* editor(const char* name) const
    {
        return findChild<Editor*>(QLatin1String(name));
    }

    Mode m_mode;
    FieldErrors m_errors;
    VersionSpec m_base;
    std::optional<Resources> m_free;
    std::vector<VersionFormField> m_fields;
    QLabel* m_capacityHint = nullptr;
    ReplicaCalculatorBox* m_calculator = nullptr;
};

} // namespace switchyard::widgets
