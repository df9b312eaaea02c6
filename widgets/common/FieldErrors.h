#pragma once

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace switchyard::widgets {

// The reason beside each field: one hidden label per contract field name ("cpu_cores", "version.model"),
// shown when core's validation names that field as the error's target.
class FieldErrors
{
public:
    // `objectPrefix` keeps error labels unique when two forms share a dialog ("endpoint_" + "tags").
    explicit FieldErrors(QString objectPrefix = {}) : m_prefix(std::move(objectPrefix)) {}

    // Adds `editor` under `label` to `form`, with its error label on the row below; `field` is the contract
    // name, shown as a tooltip so operators who know the SDK recognise it.
    QLabel* addRow(QFormLayout* form, const QString& field, const QString& label, QWidget* editor,
                   const QString& help = {});
    void clear();
    // Shows `message` beside the field `target` names; false when no field of this form has that name.
    bool show(const QString& target, const QString& message);
    QString visibleError() const;

private:
    struct Entry
    {
        QFormLayout* form = nullptr;
        QLabel* label = nullptr;
    };
    void setVisible(const Entry& entry, bool visible);

    QString m_prefix;
    QHash<QString, Entry> m_entries;
};

// The objectName of a field's error label: the contract name plus "Error" ("cpu_coresError").
QString errorObjectName(const QString& field);

} // namespace switchyard::widgets
