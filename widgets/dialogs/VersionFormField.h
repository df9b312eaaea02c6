#pragma once

#include <functional>

#include <QString>

#include "Result.h"
#include "VersionPatch.h"
#include "VersionSpec.h"

class QWidget;

namespace switchyard::widgets {

// The box of VersionSpecForm a field sits in.
enum class FormGroup
{
    Model,
    Resources,
    Autoscale,
    Request,
    Probes,
    Traffic,
};

// One VersionSpec field as VersionSpecForm shows it: its box, label and editor, how the editor's value goes
// into and out of a spec, and whether PATCH may change it. The form is built, filled, read and diffed by
// walking one table of these, so a field cannot be shown and then forgotten on the way back.
struct VersionFormField
{
    // The contract's JSON name (core's VersionSpec and VersionPatch): the editor's objectName and the target
    // core's validation names in its errors.
    QString name;
    FormGroup group;
    QString label;
    QString help;
    // Makes the editor, or the row that holds it, as a child of `parent`.
    std::function<QWidget*(QWidget* parent)> create;
    std::function<void(QWidget* editor, const VersionSpec&)> set;
    // An error (targeting this field) when the text cannot be read at all.
    std::function<Status(const QWidget* editor, VersionSpec&)> read;
    // Copies the field into `patch` when `after` differs from `before`. Empty for the fields fixed when the
    // version is created: the form shows them read-only when editing.
    std::function<void(const VersionSpec& before, const VersionSpec& after, VersionPatch& patch)> patch;
    QWidget* editor = nullptr; // set when the form builds the field
};

} // namespace switchyard::widgets
