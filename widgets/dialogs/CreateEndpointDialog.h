#pragma once

#include "EndpointSpec.h"
#include "SubmitDialog.h"
#include "common/FieldErrors.h"

class QComboBox;
class QLineEdit;

namespace switchyard::widgets {

class VersionSpecForm;

// POST /api/v1/endpoints: the endpoint's own settings and its first version, which becomes the default.
class CreateEndpointDialog final : public SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateEndpointDialog)

public:
    explicit CreateEndpointDialog(QWidget* parent = nullptr);

    // Valid only while OK is enabled: the endpoint as typed.
    Result<EndpointSpec> spec() const;
    VersionSpecForm* versionForm() const { return m_form; }

protected:
    Status validateInput() override;
    bool showFieldError(const QString& target, const QString& message) override;
    void clearFieldErrors() override;

private:
    FieldErrors m_errors{QStringLiteral("endpoint_")};
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_tags = nullptr;
    QComboBox* m_auth = nullptr;
    VersionSpecForm* m_form = nullptr;
};

} // namespace switchyard::widgets
