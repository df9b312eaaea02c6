#include "SubmitDialog.h"
#include "StateText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace switchyard::widgets {

SubmitDialog::SubmitDialog(QWidget* parent) : QDialog(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content, 1);

    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_busy || !m_valid)
            return;
        setBusy(true);
        showStatus(tr("Sending…"), false);
        emit submitRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* SubmitDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SubmitDialog::setOkText(const QString& text)
{
    okButton()->setText(text);
}

void SubmitDialog::revalidate()
{
    clearFieldErrors();
    const Status status = validateInput();
    m_valid = status.ok();
    if (m_valid) {
        showStatus(QString(), false);
    } else {
        const auto& error = status.error();
        const QString message = QString::fromStdString(error.message);
        const bool beside = error.target && showFieldError(QString::fromStdString(*error.target), message);
        showStatus(beside ? tr("Correct the field marked in red to continue.") : message, true);
    }
    okButton()->setEnabled(m_valid && !m_busy);
}

void SubmitDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    okButton()->setEnabled(!busy && m_valid);
}

void SubmitDialog::fail(const Error& error)
{
    setBusy(false);
    const QString message = QString::fromStdString(error.message);
    if (error.target)
        showFieldError(QString::fromStdString(*error.target), message);
    showStatus(tr("The cluster refused the change: %1").arg(message), true);
}

void SubmitDialog::succeed()
{
    setBusy(false);
    accept();
}

void SubmitDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(models::StateText::errorColor().name())
                                  : QString());
}

} // namespace switchyard::widgets
