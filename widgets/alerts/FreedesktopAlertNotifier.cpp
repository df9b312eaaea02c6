#include "FreedesktopAlertNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace switchyard::widgets {
namespace {

Q_LOGGING_CATEGORY(lcDesktopNotify, "switchyard.alerts.notify")

const QString kNotificationsInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr uchar kUrgencyCritical = 2; // the specification's urgency levels: 0 low, 1 normal, 2 critical

QDBusMessage callOf(const QString& method)
{
    return QDBusMessage::createMethodCall(QLatin1String(FreedesktopAlertNotifier::kService),
                                          QLatin1String(FreedesktopAlertNotifier::kPath),
                                          kNotificationsInterface, method);
}

} // namespace

FreedesktopAlertNotifier::FreedesktopAlertNotifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_bus(bus)
{
    m_bus.connect(QLatin1String(kService), QLatin1String(kPath), kNotificationsInterface,
                  QStringLiteral("NotificationClosed"), this, SLOT(onNotificationClosed(uint, uint)));
}

FreedesktopAlertNotifier::~FreedesktopAlertNotifier()
{
    for (const auto& [episode, shown] : m_shown)
        if (shown.id != 0)
            close(shown.id);
}

bool FreedesktopAlertNotifier::hasService()
{
    if (m_hasService || !m_bus.isConnected() || !m_bus.interface())
        return m_hasService;
    // Two questions to the bus daemon on this machine (not the network), asked only when an alert fires.
    QDBusConnectionInterface* daemon = m_bus.interface();
    const QString service = QLatin1String(kService);
    m_hasService = daemon->isServiceRegistered(service).value() ||
                   daemon->activatableServiceNames().value().contains(service);
    return m_hasService;
}

void FreedesktopAlertNotifier::notify(std::uint64_t episode, const QString& title, const QString& message)
{
    if (!hasService()) {
        m_tray.notify(episode, title, message);
        return;
    }
    if (!m_saidService) {
        qCInfo(lcDesktopNotify) << "alert notifications go to the desktop's notification service (D-Bus)";
        m_saidService = true;
    }
    Shown& shown = m_shown[episode];
    QDBusMessage call = callOf(QStringLiteral("Notify"));
    // Bodies may be marked up (most services do): the measure's detail is a server's words, so escaped.
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(kUrgencyCritical)},
                            {QStringLiteral("desktop-entry"), QLatin1String(kIconName)}};
    call << QStringLiteral("Switchyard") << shown.id << QLatin1String(kIconName) << title
         << message.toHtmlEscaped() << QStringList() << hints << qint32(-1);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, episode, title, message](QDBusPendingCallWatcher* w) {
                onNotifyAnswered(episode, w, title, message);
            });
}

void FreedesktopAlertNotifier::onNotifyAnswered(std::uint64_t episode, QDBusPendingCallWatcher* watcher,
                                                const QString& title, const QString& message)
{
    watcher->deleteLater();
    const QDBusPendingReply<uint> reply = *watcher;
    const auto it = m_shown.find(episode);
    if (reply.isError()) {
        // The service went away (or never answers): the next alert asks the bus again; this one goes to the
        // tray, or to the log.
        qCWarning(lcDesktopNotify).noquote()
            << QStringLiteral("the desktop's notification service failed (%1: "
                              "%2); trying the system tray")
                   .arg(reply.error().name(), reply.error().message());
        m_hasService = false;
        if (it != m_shown.end())
            m_shown.erase(it);
        m_tray.notify(episode, title, message);
        return;
    }
    if (it == m_shown.end())
        return;
    it->second.id = reply.value();
    if (it->second.closeWhenId) {
        close(it->second.id);
        m_shown.erase(it);
    }
}

void FreedesktopAlertNotifier::cleared(std::uint64_t episode)
{
    const auto it = m_shown.find(episode);
    if (it == m_shown.end())
        return;
    if (it->second.id == 0) {
        it->second.closeWhenId = true;
        return;
    }
    close(it->second.id);
    m_shown.erase(it);
}

void FreedesktopAlertNotifier::setFiring(bool firing)
{
    m_tray.setFiring(firing);
}

void FreedesktopAlertNotifier::onNotificationClosed(uint id, uint reason)
{
    (void)reason;
    for (auto it = m_shown.begin(); it != m_shown.end(); ++it)
        if (it->second.id == id) {
            m_shown.erase(it);
            return;
        }
}

void FreedesktopAlertNotifier::close(uint id)
{
    QDBusMessage call = callOf(QStringLiteral("CloseNotification"));
    call << id;
    m_bus.send(call); // nothing to learn from the answer
}

} // namespace switchyard::widgets
