#include "AlertNotifications.h"

#include "AlertCenter.h"
#include "AlertNotifier.h"
#include "AlertText.h"

namespace switchyard::widgets {

using models::AlertText;

AlertNotifications::AlertNotifications(models::AlertCenter* center, std::unique_ptr<AlertNotifier> notifier,
                                       QObject* parent)
    : QObject(parent), m_notifier(std::move(notifier))
{
    connect(center, &models::AlertCenter::alertFired, this, &AlertNotifications::onAlertFired);
    connect(center, &models::AlertCenter::alertCleared, this, &AlertNotifications::onAlertCleared);
    connect(center, &models::AlertCenter::firingCountChanged, this,
            &AlertNotifications::onFiringCountChanged);
}

AlertNotifications::~AlertNotifications() = default;

void AlertNotifications::setNotifier(std::unique_ptr<AlertNotifier> notifier)
{
    m_notifier = std::move(notifier);
}

QString AlertNotifications::title(const models::AlertEpisode& episode)
{
    return tr("Switchyard alert: %1").arg(AlertText::kindName(episode.kind));
}

QString AlertNotifications::message(const models::AlertEpisode& episode)
{
    // The measure may be a sentence of its own already (a version's state and its reason).
    QString what = AlertText::summary(episode);
    if (!what.endsWith(QLatin1Char('.')))
        what += QLatin1Char('.');
    return tr("%1 Rule: %2.").arg(what, AlertText::rule(episode.kind, episode.rule));
}

void AlertNotifications::onAlertFired(const models::AlertEpisode& episode)
{
    if (m_muted || !m_notifier || episode.id <= m_lastNotified)
        return;
    m_lastNotified = episode.id;
    m_notifier->notify(episode.id, title(episode), message(episode));
}

void AlertNotifications::onAlertCleared(const models::AlertEpisode& episode)
{
    // Also while muted: a notification shown before the operator muted them is as stale as any.
    if (m_notifier)
        m_notifier->cleared(episode.id);
}

void AlertNotifications::onFiringCountChanged(int count)
{
    if (m_notifier)
        m_notifier->setFiring(count > 0);
}

} // namespace switchyard::widgets
