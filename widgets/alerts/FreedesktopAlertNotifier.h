#pragma once

#include <cstdint>
#include <map>

#include <QDBusConnection>
#include <QObject>

#include "AlertNotifier.h"
#include "TrayAlertNotifier.h"

class QDBusPendingCallWatcher;

namespace switchyard::widgets {

// The console's alert notifications: the desktop's notification service (org.freedesktop.Notifications on
// the session bus, which GNOME, KDE and most desktops have even without a system tray) where the bus has
// it, running or activatable; else the system tray, and where there is none either the console's log says
// so once (TrayAlertNotifier). One notification an episode, critical (it stays until the alert clears);
// clearing the episode closes it. Nothing waits for the bus: the service's answers come back as signals.
// Asked again at each notification until found, since a desktop's services may start after the console.
class FreedesktopAlertNotifier final : public QObject, public AlertNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopAlertNotifier)

public:
    static constexpr const char* kService = "org.freedesktop.Notifications";
    static constexpr const char* kPath = "/org/freedesktop/Notifications";
    // The application's icon and desktop entry (installer/switchyard.desktop).
    static constexpr const char* kIconName = "switchyard";

    explicit FreedesktopAlertNotifier(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                                      QObject* parent = nullptr);
    // The notifications still shown are closed: their alerts end with the console (AlertCenter).
    ~FreedesktopAlertNotifier() override;

    void notify(std::uint64_t episode, const QString& title, const QString& message) override;
    void cleared(std::uint64_t episode) override;
    void setFiring(bool firing) override;

    // Whether the bus has the notification service (asked until it has, then remembered).
    bool hasService();
    const TrayAlertNotifier& tray() const { return m_tray; }

private slots:
    // The service closed a notification (expired, dismissed, or ours closed).
    void onNotificationClosed(uint id, uint reason);

private:
    struct Shown
    {
        uint id = 0;              // the service's, 0 while its answer is on the way
        bool closeWhenId = false; // cleared before the answer came
    };
    void onNotifyAnswered(std::uint64_t episode, QDBusPendingCallWatcher* watcher, const QString& title,
                          const QString& message);
    void close(uint id);

    QDBusConnection m_bus;
    bool m_hasService = false;
    bool m_saidService = false;
    std::map<std::uint64_t, Shown> m_shown; // by episode
    TrayAlertNotifier m_tray;
};

} // namespace switchyard::widgets
