#pragma once

#include <QIcon>

#include "api/HealthState.h"

class QAbstractButton;
class QAction;
class QPalette;

namespace switchyard::widgets {

// The console's own icon set (resources/icons/console, compiled into the widgets library), so the console
// looks the same on every desktop. State icons are drawn in mid-tone colours with a white glyph and a
// darker ring: readable on light and dark palettes alike. Role and action icons are monochrome and tinted
// here from the palette's text colour (and its disabled text colour for the disabled mode). Icons put on
// an action or a button with set() follow the application's palette: when it changes (the desktop switches
// between light and dark while the console runs), they are painted again in the new colours.
class Icons final
{
public:
    enum class Role
    {
        Control,
        Treatment,
        Default
    };
    enum class Action
    {
        Attach,
        Create,
        Apply,
        Revert,
        Promote,
        Rotate,
        Refresh,
        Monitor,
        Find,
        Shortcuts,
        About
    };

    static QIcon state(HealthState state);
    // Tinted from `palette` (the application's palette when none is given).
    static QIcon role(Role role);
    static QIcon role(Role role, const QPalette& palette);
    static QIcon action(Action action);
    static QIcon action(Action action, const QPalette& palette);
    // Puts `icon` on `target`, tinted from the application's palette now and again after every change of
    // it, for as long as `target` lives.
    static void set(QAction* target, Action icon);
    static void set(QAbstractButton* target, Action icon);
    // The resource path of each icon (tests check every one of them loads).
    static QString statePath(HealthState state);
    static QString rolePath(Role role);
    static QString actionPath(Action action);

private:
    static QIcon tinted(const QString& path, const QPalette& palette);
};

} // namespace switchyard::widgets
