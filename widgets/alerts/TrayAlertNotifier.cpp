#include "TrayAlertNotifier.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStyle>
#include <QSystemTrayIcon>

namespace switchyard::widgets {
namespace {

Q_LOGGING_CATEGORY(lcAlertNotify, "switchyard.alerts.notify")

} // namespace

TrayAlertNotifier::TrayAlertNotifier() = default;

TrayAlertNotifier::~TrayAlertNotifier() = default;

void TrayAlertNotifier::notify(std::uint64_t episode, const QString& title, const QString& message)
{
    (void)episode; // a tray message cannot be taken back or replaced
    // Asked each time: a desktop's tray can come after the console (both started at log-in).
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_saidNoTray)
            qCWarning(lcAlertNotify).noquote()
                << QStringLiteral("alert notifications cannot be shown: this desktop has no system tray (Qt "
                                  "platform \"%1\"). Firing alerts still show in the Monitor, the status bar "
                                  "and the alert log (Alerts > Alert log).")
                       .arg(QApplication::platformName());
        m_saidNoTray = true;
        return;
    }
    if (!m_tray) {
        m_tray = std::make_unique<QSystemTrayIcon>();
        const QIcon icon = QApplication::windowIcon();
        m_tray->setIcon(icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                      : icon);
        m_tray->setToolTip(tr("Switchyard: alerts firing"));
    }
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 15000);
}

void TrayAlertNotifier::setFiring(bool firing)
{
    if (m_tray && !firing)
        m_tray->hide();
}

} // namespace switchyard::widgets
