#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

#include "common/DialogSeam.h"

namespace switchyard::widgets {

void Confirmation::ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmText,
                       std::function<void()> onConfirmed)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmationDialog"));
    auto* confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    auto* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel); // a stray Enter must not regenerate a key
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [box, confirm, onConfirmed](QAbstractButton* button) {
                         Q_UNUSED(box);
                         if (button == confirm && onConfirmed)
                             onConfirmed();
                     });
    DialogSeam::show(box);
}

} // namespace switchyard::widgets
