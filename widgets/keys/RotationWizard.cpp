#include "RotationWizard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace switchyard::widgets {

using client::KeyType;

RotationWizard::RotationWizard(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("rotationWizard"));
    setWindowTitle(tr("Rotate keys"));
    m_stepText[0] =
        new QLabel(tr("1. Regenerate the secondary key. Clients use the primary key meanwhile, so "
                      "none stops working."),
                   this);
    m_stepText[1] = new QLabel(tr("2. Switch every client to the new secondary key."), this);
    m_stepText[2] =
        new QLabel(tr("3. Regenerate the primary key. Only clients still on the old primary key stop "
                      "working."),
                   this);
    for (auto* label : m_stepText)
        label->setWordWrap(true);
    m_regenerateSecondary = new QPushButton(tr("Regenerate secondary key"), this);
    m_regenerateSecondary->setObjectName(QStringLiteral("wizardRegenerateSecondary"));
    m_regenerateSecondary->setAccessibleName(tr("Regenerate secondary key"));
    m_copySecondary = new QPushButton(tr("Copy secondary key"), this);
    m_copySecondary->setObjectName(QStringLiteral("wizardCopySecondary"));
    m_copySecondary->setAccessibleName(tr("Copy secondary key"));
    m_switched = new QCheckBox(tr("Every client now uses the secondary key"), this);
    m_switched->setObjectName(QStringLiteral("wizardClientsSwitched"));
    m_regeneratePrimary = new QPushButton(tr("Regenerate primary key"), this);
    m_regeneratePrimary->setObjectName(QStringLiteral("wizardRegeneratePrimary"));
    m_regeneratePrimary->setAccessibleName(tr("Regenerate primary key"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wizardStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_regenerateSecondary, &QPushButton::clicked, this, [this] {
        m_waitingFor = KeyType::Secondary;
        m_status->setText(tr("Regenerating the secondary key…"));
        updateSteps();
        emit regenerateRequested(KeyType::Secondary);
    });
    connect(m_copySecondary, &QPushButton::clicked, this, [this] {
        if (m_keys)
            emit copyRequested(QString::fromStdString(m_keys->secondaryKey));
        m_status->setText(tr("Secondary key copied; the clipboard is cleared in 30 seconds."));
    });
    connect(m_switched, &QCheckBox::toggled, this, [this](bool on) {
        if (m_step == Step::SwitchClients || m_step == Step::RegeneratePrimary)
            m_step = on ? Step::RegeneratePrimary : Step::SwitchClients;
        updateSteps();
    });
    connect(m_regeneratePrimary, &QPushButton::clicked, this, [this] {
        m_waitingFor = KeyType::Primary;
        m_status->setText(tr("Regenerating the primary key…"));
        updateSteps();
        emit regenerateRequested(KeyType::Primary);
    });

    auto* grid = new QGridLayout;
    grid->addWidget(m_stepText[0], 0, 0);
    grid->addWidget(m_regenerateSecondary, 0, 1);
    grid->addWidget(m_stepText[1], 1, 0);
    grid->addWidget(m_copySecondary, 1, 1);
    grid->addWidget(m_switched, 2, 0, 1, 2);
    grid->addWidget(m_stepText[2], 3, 0);
    grid->addWidget(m_regeneratePrimary, 3, 1);
    grid->setColumnStretch(0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateSteps();
}

void RotationWizard::setKeys(const KeySet& keys)
{
    const auto before = m_keys;
    m_keys = keys;
    if (!m_waitingFor || !before)
        return updateSteps();
    if (*m_waitingFor == KeyType::Secondary && keys.secondaryKey != before->secondaryKey) {
        m_step = Step::SwitchClients;
        m_status->setText(tr("The secondary key is new. Give it to every client, then tick the box."));
    } else if (*m_waitingFor == KeyType::Primary && keys.primaryKey != before->primaryKey) {
        m_step = Step::Done;
        m_status->setText(tr("Both keys are new. Clients keep the secondary key until the next rotation."));
    } else {
        return updateSteps();
    }
    m_waitingFor.reset();
    updateSteps();
}

void RotationWizard::setFailed(const QString& error)
{
    m_waitingFor.reset();
    m_status->setText(error);
    updateSteps();
}

void RotationWizard::updateSteps()
{
    const bool waiting = m_waitingFor.has_value();
    m_regenerateSecondary->setEnabled(!waiting && m_keys && m_step == Step::RegenerateSecondary);
    m_copySecondary->setEnabled(m_keys && m_step != Step::RegenerateSecondary);
    m_switched->setEnabled(!waiting && (m_step == Step::SwitchClients || m_step == Step::RegeneratePrimary));
    m_regeneratePrimary->setEnabled(!waiting && m_step == Step::RegeneratePrimary);
    const int current = int(m_step);
    for (int i = 0; i < 3; ++i) {
        QFont font = m_stepText[i]->font();
        font.setBold(i == current);
        m_stepText[i]->setFont(font);
        m_stepText[i]->setEnabled(i <= current);
    }
}

} // namespace switchyard::widgets
