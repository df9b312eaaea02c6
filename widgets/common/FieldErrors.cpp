#include "FieldErrors.h"
#include "StateText.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace switchyard::widgets {

QString errorObjectName(const QString& field)
{
    return field + QStringLiteral("Error");
}

QLabel* FieldErrors::addRow(QFormLayout* form, const QString& field, const QString& label, QWidget* editor,
                            const QString& help)
{
    if (editor->objectName().isEmpty())
        editor->setObjectName(field);
    editor->setToolTip(help.isEmpty() ? field : help + QStringLiteral("\n(") + field + QLatin1Char(')'));
    auto* error = new QLabel(form->parentWidget());
    error->setObjectName(errorObjectName(m_prefix + field));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->setStyleSheet(QStringLiteral("color: %1;").arg(models::StateText::errorColor().name()));
    form->addRow(label, editor);
    form->addRow(QString(), error);
    const Entry entry{form, error};
    // An empty error row must not leave a gap: hide the whole row, not only the label.
    setVisible(entry, false);
    m_entries.insert(field, entry);
    return error;
}

void FieldErrors::setVisible(const Entry& entry, bool visible)
{
    entry.form->setRowVisible(entry.label, visible);
}

void FieldErrors::clear()
{
    for (const auto& entry : std::as_const(m_entries)) {
        entry.label->clear();
        setVisible(entry, false);
    }
}

bool FieldErrors::show(const QString& target, const QString& message)
{
    const auto it = m_entries.constFind(target);
    if (it == m_entries.constEnd())
        return false;
    it->label->setText(message);
    setVisible(*it, true);
    return true;
}

QString FieldErrors::visibleError() const
{
    for (const auto& entry : m_entries) {
        if (!entry.label->text().isEmpty())
            return entry.label->text();
    }
    return {};
}

} // namespace switchyard::widgets
