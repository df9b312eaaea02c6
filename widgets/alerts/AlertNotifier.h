#pragma once

#include <cstdint>

#include <QString>

namespace switchyard::widgets {

// Where the console's alert notifications go (AlertNotifications decides when and says what): the desktop's
// notification service (FreedesktopAlertNotifier, which falls back to the system tray, TrayAlertNotifier),
// or what a test puts in its place to see them.
class AlertNotifier
{
public:
    AlertNotifier() = default;
    virtual ~AlertNotifier() = default;
    AlertNotifier(const AlertNotifier&) = delete;
    AlertNotifier& operator=(const AlertNotifier&) = delete;

    // An alert fired: tell the operator, once an episode (`episode` is its id, AlertEpisode::id).
    virtual void notify(std::uint64_t episode, const QString& title, const QString& message) = 0;
    // That episode ended: a notification still shown for it is out of date (the Monitor and the log keep
    // the record). Notifiers that cannot take a notification back ignore it.
    virtual void cleared(std::uint64_t episode) { (void)episode; }
    // Whether some alert fires now (the tray icon shows while one does).
    virtual void setFiring(bool firing) { (void)firing; }
};

} // namespace switchyard::widgets
