#pragma once

#include <QDialog>
#include <QPointer>

#include "ClusterSession.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace switchyard::widgets {

class ClipboardGuard;

// The cluster's named operator credentials, for an admin: the list with role, expiry and last use; add
// (the new credential is shown this once, with a copy button that clears the clipboard after 30 s, as
// the keys page does); revoke, after a confirmation. Talks to the session only.
class OperatorsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorsDialog)

public:
    explicit OperatorsDialog(models::ClusterSession* session, QWidget* parent = nullptr);

    ClipboardGuard* clipboard() const { return m_clipboard; }
    void reload();

private:
    void add();
    void revokeSelected();
    void showList(const std::vector<OperatorInfo>& operators);

    QPointer<models::ClusterSession> m_session;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_expiry = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_revoke = nullptr;
    QLineEdit* m_credential = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_message = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
};

} // namespace switchyard::widgets
