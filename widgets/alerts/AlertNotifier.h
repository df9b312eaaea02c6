#pragma once

#include <QString>

namespace switchyard::widgets {

// Where the console's alert notifications go (AlertNotifications decides when and says what): the desktop
// (TrayAlertNotifier), or what a test puts in its place to see them.
class AlertNotifier
{
public:
    AlertNotifier() = default;
    virtual ~AlertNotifier() = default;
    AlertNotifier(const AlertNotifier&) = delete;
    AlertNotifier& operator=(const AlertNotifier&) = delete;

    // An alert fired: tell the operator, once.
    virtual void notify(const QString& title, const QString& message) = 0;
    // Whether some alert fires now (the tray icon shows while one does).
    virtual void setFiring(bool firing) { (void)firing; }
};

} // namespace switchyard::widgets
