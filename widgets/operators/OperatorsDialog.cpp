#include "OperatorsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "RoleGate.h"
#include "TimeText.h"
#include "keys/ClipboardGuard.h"
#include "keys/Confirmation.h"
#include "common/ApiErrorText.h"

namespace switchyard::widgets {

OperatorsDialog::OperatorsDialog(models::ClusterSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("operatorsDialog"));
    setWindowTitle(tr("Operators"));
    m_clipboard = new ClipboardGuard(this);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("operatorsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("Expires"), tr("Last used")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revoke = new QPushButton(tr("Revoke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeOperatorButton"));
    m_revoke->setToolTip(tr("End this credential: it is refused from the next request on."));
    m_revoke->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_revoke->setEnabled(item != nullptr); });
    connect(m_revoke, &QPushButton::clicked, this, &OperatorsDialog::revokeSelected);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_name->setPlaceholderText(tr("e.g. alice"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("operatorRole"));
    for (const char* role : {"viewer", "operator", "admin"})
        m_role->addItem(models::RoleGate::roleText(role), QString::fromLatin1(role));
    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(QStringLiteral("operatorExpiry"));
    m_expiry->addItem(tr("Never"), 0);
    m_expiry->addItem(tr("1 day"), 86400);
    m_expiry->addItem(tr("30 days"), 30 * 86400);
    m_expiry->addItem(tr("90 days"), 90 * 86400);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    connect(m_add, &QPushButton::clicked, this, &OperatorsDialog::add);

    m_credential = new QLineEdit(this);
    m_credential->setObjectName(QStringLiteral("newOperatorCredential"));
    m_credential->setReadOnly(true);
    m_credential->setPlaceholderText(tr("The new credential is shown here, once."));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyOperatorCredential"));
    m_copy->setToolTip(tr("Copy the credential; the clipboard is cleared after 30 seconds."));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { m_clipboard->copy(m_credential->text()); });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("operatorsMessage"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Expires"), m_expiry);
    auto* credentialRow = new QHBoxLayout;
    credentialRow->addWidget(m_credential, 1);
    credentialRow->addWidget(m_copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_revoke);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Operators of this cluster</b>"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(new QLabel(tr("<b>Add an operator</b>"), this));
    layout->addLayout(form);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    layout->addLayout(credentialRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 520);
    reload();
}

void OperatorsDialog::reload()
{
    if (!m_session)
        return;
    m_session->listOperators(this, [this](const client::ApiResult<std::vector<OperatorInfo>>& r) {
        if (r.ok())
            showList(r.value());
        else
            m_message->setText(apiErrorText(r));
    });
}

void OperatorsDialog::showList(const std::vector<OperatorInfo>& operators)
{
    m_list->clear();
    for (const auto& o : operators) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::fromStdString(o.name));
        item->setText(1, models::RoleGate::roleText(o.role));
        // In the reader's locale and time zone, with how far away it is ("in 3 days", "2 hours ago").
        item->setText(2, models::TimeText::dated(o.expiresAt, tr("never")));
        item->setText(3, models::TimeText::dated(o.lastUsedAt, tr("never")));
        item->setToolTip(2, QString::fromStdString(o.expiresAt));
        item->setToolTip(3, QString::fromStdString(o.lastUsedAt));
    }
    m_revoke->setEnabled(m_list->currentItem() != nullptr);
}

void OperatorsDialog::add()
{
    if (!m_session)
        return;
    const QString name = m_name->text().trimmed();
    m_add->setEnabled(false);
    m_message->setText(tr("Adding…"));
    m_session->createOperator(name, m_role->currentData().toString(), m_expiry->currentData().toInt(), this,
                              [this](const client::ApiResult<OperatorInfo>& r) {
                                  m_add->setEnabled(true);
                                  if (!r.ok())
                                      return m_message->setText(apiErrorText(r));
                                  m_credential->setText(QString::fromStdString(r->token));
                                  m_copy->setEnabled(true);
                                  m_name->clear();
                                  m_message->setText(
                                      tr("Give this credential to %1 now: it is not shown again.")
                                          .arg(QString::fromStdString(r->name)));
                                  reload();
                              });
}

void OperatorsDialog::revokeSelected()
{
    auto* item = m_list->currentItem();
    if (!item || !m_session)
        return;
    const QString name = item->text(0);
    Confirmation::ask(
        this, tr("Revoke operator"),
        tr("Revoke %1's credential? It is refused from the next request on.").arg(name), tr("Revoke"),
        [this, name] {
            if (!m_session)
                return;
            m_session->deleteOperator(name, this, [this, name](const client::ApiResult<client::Nothing>& r) {
                m_message->setText(r.ok() ? tr("%1 was revoked.").arg(name) : apiErrorText(r));
                reload();
            });
        });
}

} // namespace switchyard::widgets
