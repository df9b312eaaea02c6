#pragma once

#include <cstdint>
#include <memory>

#include <QObject>

namespace switchyard::models {
class AlertCenter;
struct AlertEpisode;
} // namespace switchyard::models

namespace switchyard::widgets {

class AlertNotifier;

// Tells the desktop when an alert fires: once an episode, unless muted, in a sentence that names the alert,
// where it fires, what was measured and the rule. Clearing is not announced (the Monitor and the log show
// it), but it takes the episode's notification back where the notifier can. Where the words go is the
// notifier's business: the desktop's notification service or the system tray (FreedesktopAlertNotifier),
// or a test's.
class AlertNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifications)

public:
    AlertNotifications(models::AlertCenter* center, std::unique_ptr<AlertNotifier> notifier,
                       QObject* parent = nullptr);
    ~AlertNotifications() override;

    void setNotifier(std::unique_ptr<AlertNotifier> notifier);
    AlertNotifier* notifier() const { return m_notifier.get(); }
    void setMuted(bool muted) { m_muted = muted; }
    bool isMuted() const { return m_muted; }

    // "Switchyard alert: Error rate"
    static QString title(const models::AlertEpisode& episode);
    // "Error rate on local / demo / blue: 12.5 %. Rule: server errors (5xx) above 5 % for 30 s."
    static QString message(const models::AlertEpisode& episode);

private:
    void onAlertFired(const models::AlertEpisode& episode);
    void onAlertCleared(const models::AlertEpisode& episode);
    void onFiringCountChanged(int count);

    std::unique_ptr<AlertNotifier> m_notifier;
    bool m_muted = false;
    std::uint64_t m_lastNotified = 0; // episodes fire in the order of their ids
};

} // namespace switchyard::widgets
