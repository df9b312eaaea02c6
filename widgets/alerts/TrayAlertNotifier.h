#pragma once

#include <memory>

#include <QCoreApplication>

#include "AlertNotifier.h"

class QSystemTrayIcon;

namespace switchyard::widgets {

// The desktop's notifications: a message from the system tray (QSystemTrayIcon::showMessage, which goes
// to the desktop's notification service where there is one); the tray icon shows while alerts fire.
// Where there is no system tray (a bare X server, a desktop without one, the offscreen platform) nothing
// can be shown: the console's log says so once, at the first notification it could not show, so the
// operator knows to look at the Monitor, the status bar and the alert log instead.
class TrayAlertNotifier final : public AlertNotifier
{
    Q_DECLARE_TR_FUNCTIONS(TrayAlertNotifier)

public:
    TrayAlertNotifier();
    ~TrayAlertNotifier() override;

    void notify(std::uint64_t episode, const QString& title, const QString& message) override;
    void setFiring(bool firing) override;
    // Whether the console's log has said that notifications cannot be shown here.
    bool saidNoTray() const { return m_saidNoTray; }

private:
    std::unique_ptr<QSystemTrayIcon> m_tray;
    bool m_saidNoTray = false;
};

} // namespace switchyard::widgets
