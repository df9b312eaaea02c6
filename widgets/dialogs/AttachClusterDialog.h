#pragma once

#include <QDialog>

#include "ClusterProfile.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace switchyard::widgets {

// Attach a cluster: its URL, the admin token (typed, or read from a file) and an optional CA file for a
// self-signed certificate.
class AttachClusterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachClusterDialog)

public:
    explicit AttachClusterDialog(QWidget* parent = nullptr);

    models::ClusterProfile profile() const;
    void setProfile(const models::ClusterProfile& profile);
    // Shown under the form, e.g. that no keychain service runs and tokens go to a 0600 file.
    void setStorageNote(const QString& note);

signals:
    void checkConnectivityRequested(const models::ClusterProfile& profile);

private:
    void validate();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_storage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace switchyard::widgets
