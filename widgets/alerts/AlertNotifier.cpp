#include "AlertNotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

#include "AlertCenter.h"
#include "AlertText.h"

namespace switchyard::widgets {

using models::AlertText;

AlertNotifier::AlertNotifier(models::AlertCenter* center, QObject* parent) : QObject(parent)
{
    connect(center, &models::AlertCenter::alertFired, this, &AlertNotifier::onAlertFired);
    connect(center, &models::AlertCenter::firingCountChanged, this, &AlertNotifier::onFiringCountChanged);
}

void AlertNotifier::onAlertFired(const models::AlertEpisode& episode)
{
    if (m_muted)
        return;
    m_lastTitle = tr("Switchyard alert: %1").arg(AlertText::kindName(episode.kind));
    m_lastMessage =
        tr("%1\n%2 (%3)")
            .arg(AlertText::where(episode), AlertText::value(episode.kind, episode.value, episode.detail),
                 AlertText::rule(episode.kind, episode.rule));
    ++m_count;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(this);
            const QIcon icon = QApplication::windowIcon();
            m_tray->setIcon(icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                          : icon);
            m_tray->setToolTip(tr("Switchyard: alerts firing"));
        }
        m_tray->show();
        m_tray->showMessage(m_lastTitle, m_lastMessage, QSystemTrayIcon::Warning, 15000);
    }
    emit notified(m_lastTitle, m_lastMessage);
}

void AlertNotifier::onFiringCountChanged(int count)
{
    if (m_tray && count == 0)
        m_tray->hide();
}

} // namespace switchyard::widgets
