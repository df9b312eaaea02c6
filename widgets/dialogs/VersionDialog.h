#pragma once

#include "SubmitDialog.h"
#include "VersionPatch.h"
#include "VersionSpec.h"

namespace switchyard::widgets {

class VersionSpecForm;

// Create a version (POST …/versions) or edit one (PATCH …/versions/{v}, only the fields the contract lets
// change are editable).
class VersionDialog final : public SubmitDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionDialog)

public:
    // A new version of `endpoint`.
    VersionDialog(const QString& endpoint, QWidget* parent = nullptr);
    // Editing `current`, a version of `endpoint`.
    VersionDialog(const QString& endpoint, const VersionSpec& current, QWidget* parent = nullptr);

    bool isEdit() const { return m_edit; }
    QString endpoint() const { return m_endpoint; }
    Result<VersionSpec> spec() const;
    Result<VersionPatch> patch() const;
    VersionSpecForm* form() const { return m_form; }

protected:
    Status validateInput() override;
    bool showFieldError(const QString& target, const QString& message) override;
    void clearFieldErrors() override;

private:
    void build();

    QString m_endpoint;
    bool m_edit = false;
    VersionSpec m_current;
    VersionSpecForm* m_form = nullptr;
};

} // namespace switchyard::widgets
