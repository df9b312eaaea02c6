#pragma once

#include <optional>

#include <QDialog>

#include "KeyType.h"
#include "api/KeySet.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace switchyard::widgets {

// Key rotation without downtime, one step at a time: regenerate the secondary key, switch every client
// to it, then regenerate the primary. Each step is enabled only when the one before it is done.
class RotationWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationWizard)

public:
    enum class Step
    {
        RegenerateSecondary,
        SwitchClients,
        RegeneratePrimary,
        Done
    };

    explicit RotationWizard(QWidget* parent = nullptr);

    // The keys as they are now; a change of the key being regenerated completes that step.
    void setKeys(const KeySet& keys);
    void setFailed(const QString& error);
    Step step() const { return m_step; }

signals:
    void regenerateRequested(client::KeyType type);
    void copyRequested(const QString& secret);

private:
    void updateSteps();

    Step m_step = Step::RegenerateSecondary;
    std::optional<KeySet> m_keys;
    std::optional<client::KeyType> m_waitingFor;
    QLabel* m_stepText[3] = {};
    QPushButton* m_regenerateSecondary = nullptr;
    QPushButton* m_copySecondary = nullptr;
    QCheckBox* m_switched = nullptr;
    QPushButton* m_regeneratePrimary = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace switchyard::widgets
