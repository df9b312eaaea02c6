#include "CreateEndpointDialog.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "VersionSpecForm.h"
#include "common/KeyValueText.h"

namespace switchyard::widgets {
namespace {
const QString kVersionPrefix = QStringLiteral("version.");
}

CreateEndpointDialog::CreateEndpointDialog(QWidget* parent) : SubmitDialog(parent)
{
    setObjectName(QStringLiteral("createEndpointDialog"));
    setWindowTitle(tr("Create endpoint"));
    setOkText(tr("Create"));

    auto* endpointGroup = new QGroupBox(tr("Endpoint"), this);
    auto* form = new QFormLayout(endpointGroup);
    m_name = new QLineEdit(endpointGroup);
    m_name->setObjectName(QStringLiteral("endpointName"));
    m_name->setPlaceholderText(tr("e.g. churn"));
    m_errors.addRow(form, QStringLiteral("name"), tr("Name:"), m_name,
                    tr("3–32 characters: lower-case letters, digits and '-', starting with a letter."));
    m_description = new QLineEdit(endpointGroup);
    m_description->setObjectName(QStringLiteral("endpointDescription"));
    m_errors.addRow(form, QStringLiteral("description"), tr("Description:"), m_description);
    m_tags = new QLineEdit(endpointGroup);
    m_tags->setObjectName(QStringLiteral("endpointTags"));
    m_tags->setPlaceholderText(tr("key=value, key2=value"));
    m_errors.addRow(form, QStringLiteral("tags"), tr("Tags:"), m_tags);
    m_auth = new QComboBox(endpointGroup);
    m_auth->setObjectName(QStringLiteral("authMode"));
    m_auth->addItem(tr("Keys (primary and secondary)"), QStringLiteral("key"));
    m_auth->addItem(tr("Tokens (expiring JWT)"), QStringLiteral("token"));
    m_auth->addItem(tr("None (anyone who can reach it)"), QStringLiteral("none"));
    m_errors.addRow(form, QStringLiteral("token_auth_enabled"), tr("Authentication:"), m_auth,
                    tr("How clients authenticate when they call the scoring URI."));

    m_form = new VersionSpecForm(VersionSpecForm::Mode::FirstVersion, this);
    auto* versionGroup = new QGroupBox(tr("First version (becomes the default)"), this);
    auto* versionLayout = new QVBoxLayout(versionGroup);
    versionLayout->setContentsMargins(4, 4, 4, 4);
    versionLayout->addWidget(m_form);

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(endpointGroup);
    pageLayout->addWidget(versionGroup, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    contentLayout()->addWidget(scroll);

    connect(m_name, &QLineEdit::textChanged, this, &CreateEndpointDialog::revalidate);
    connect(m_description, &QLineEdit::textChanged, this, &CreateEndpointDialog::revalidate);
    connect(m_tags, &QLineEdit::textChanged, this, &CreateEndpointDialog::revalidate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &CreateEndpointDialog::revalidate);
    connect(m_form, &VersionSpecForm::changed, this, &CreateEndpointDialog::revalidate);
    // Wide enough for the longest labels of the current language, so nothing scrolls sideways.
    resize(std::max(1000, page->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 40),
           760);
    revalidate();
    m_name->setFocus();
}

Result<EndpointSpec> CreateEndpointDialog::spec() const
{
    EndpointSpec spec;
    spec.name = m_name->text().trimmed().toStdString();
    spec.description = m_description->text().toStdString();
    auto tags = KeyValueText::parse(m_tags->text(), "tags");
    if (!tags)
        return tags.error();
    spec.tags = tags.value();
    const QString auth = m_auth->currentData().toString();
    spec.authEnabled = auth == QLatin1String("key");
    spec.tokenAuthEnabled = auth == QLatin1String("token");
    auto version = m_form->spec();
    if (!version) {
        Error error = version.error();
        if (error.target)
            error.target = kVersionPrefix.toStdString() + *error.target;
        return error;
    }
    spec.version = std::move(version).value();
    spec.version.isDefault = true;
    return spec;
}

Status CreateEndpointDialog::validateInput()
{
    auto typed = spec();
    if (!typed)
        return typed.error();
    // The same strict reading the server does, so the dialog and the server never disagree on a rule.
    auto checked = EndpointSpec::fromJson(typed->toJson());
    if (!checked)
        return checked.error();
    return {};
}

bool CreateEndpointDialog::showFieldError(const QString& target, const QString& message)
{
    if (target.startsWith(kVersionPrefix))
        return m_form->showError(target.mid(kVersionPrefix.size()), message);
    if (target == QLatin1String("auth_enabled"))
        return m_errors.show(QStringLiteral("token_auth_enabled"), message);
    return m_errors.show(target, message);
}

void CreateEndpointDialog::clearFieldErrors()
{
    m_errors.clear();
    m_form->clearErrors();
}

} // namespace switchyard::widgets
