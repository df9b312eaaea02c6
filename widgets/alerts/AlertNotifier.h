#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace switchyard::models {
class AlertCenter;
struct AlertEpisode;
} // namespace switchyard::models

namespace switchyard::widgets {

// Tells the desktop when an alert fires: a message from the system tray (QSystemTrayIcon::showMessage,
// which goes to the desktop's notification service where there is one), once an episode, unless muted.
// The tray icon shows while alerts fire and goes when none does. Without a system tray (a bare X server,
// the offscreen platform) nothing is shown but the notification is still counted, so the Monitor and the
// log stay the way to see alerts.
class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    explicit AlertNotifier(models::AlertCenter* center, QObject* parent = nullptr);

    void setMuted(bool muted) { m_muted = muted; }
    bool isMuted() const { return m_muted; }
    // The notifications raised (muted alerts are not), and the last one's words.
    int notificationCount() const { return m_count; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    void notified(const QString& title, const QString& message);

private:
    void onAlertFired(const models::AlertEpisode& episode);
    void onFiringCountChanged(int count);

    QSystemTrayIcon* m_tray = nullptr;
    bool m_muted = false;
    int m_count = 0;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace switchyard::widgets
