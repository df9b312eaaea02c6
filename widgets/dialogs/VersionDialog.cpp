#include "VersionDialog.h"

#include <algorithm>

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "VersionSpecForm.h"

namespace switchyard::widgets {

VersionDialog::VersionDialog(const QString& endpoint, QWidget* parent)
    : SubmitDialog(parent), m_endpoint(endpoint)
{
    setObjectName(QStringLiteral("createVersionDialog"));
    setWindowTitle(tr("Create version of %1").arg(endpoint));
    setOkText(tr("Create"));
    m_form = new VersionSpecForm(VersionSpecForm::Mode::NewVersion, this);
    build();
}

VersionDialog::VersionDialog(const QString& endpoint, const VersionSpec& current, QWidget* parent)
    : SubmitDialog(parent), m_endpoint(endpoint), m_edit(true), m_current(current)
{
    setObjectName(QStringLiteral("editVersionDialog"));
    setWindowTitle(tr("Edit version %1 of %2").arg(QString::fromStdString(current.versionName), endpoint));
    setOkText(tr("Save"));
    m_form = new VersionSpecForm(VersionSpecForm::Mode::Edit, this);
    m_form->setSpec(current);
    build();
}

void VersionDialog::build()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    contentLayout()->addWidget(scroll);
    connect(m_form, &VersionSpecForm::changed, this, &VersionDialog::revalidate);
    resize(std::max(1000, m_form->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 40),
           760);
    revalidate();
}

Result<VersionSpec> VersionDialog::spec() const
{
    return m_form->spec();
}

Result<VersionPatch> VersionDialog::patch() const
{
    return m_form->patch();
}

Status VersionDialog::validateInput()
{
    if (m_edit) {
        auto typed = m_form->patch();
        if (!typed)
            return typed.error();
        if (typed->empty())
            return Error::badRequest("NothingChanged", tr("Change a setting to save it.").toStdString());
        auto applied = typed->applyTo(m_current);
        if (!applied)
            return applied.error();
        return {};
    }
    auto typed = m_form->spec();
    if (!typed)
        return typed.error();
    // The server's own strict reading: names, every field rule, the model reference.
    auto checked = VersionSpec::fromJson(typed->toJson());
    if (!checked)
        return checked.error();
    return {};
}

bool VersionDialog::showFieldError(const QString& target, const QString& message)
{
    return m_form->showError(target, message);
}

void VersionDialog::clearFieldErrors()
{
    m_form->clearErrors();
}

} // namespace switchyard::widgets
