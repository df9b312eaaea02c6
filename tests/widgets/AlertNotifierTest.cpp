#include <QApplication>
#include <QSystemTrayIcon>
#include <QTest>

#include "alerts/TrayAlertNotifier.h"

using namespace switchyard::widgets;

namespace {

QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (QLatin1String(context.category).startsWith(QLatin1String("switchyard.alerts")))
        g_messages << message;
    g_previous(type, context, message);
}

} // namespace

// The desktop notifier where there is no system tray (the offscreen platform the tests run on): it cannot
// show anything, and says so in the console's log once, not at every alert and not never.
class AlertNotifierTest : public QObject
{
    Q_OBJECT

private slots:
    void withoutATrayTheLogSaysSoOnce()
    {
        if (QSystemTrayIcon::isSystemTrayAvailable())
            QSKIP("this platform has a system tray: the notification is shown, not logged");
        g_messages.clear();
        g_previous = qInstallMessageHandler(recordMessage);
        TrayAlertNotifier notifier;
        QVERIFY(!notifier.saidNoTray());
        notifier.notify(1, QStringLiteral("Switchyard alert: Error rate"), QStringLiteral("first"));
        notifier.setFiring(true);
        notifier.notify(2, QStringLiteral("Switchyard alert: p99 latency"), QStringLiteral("second"));
        notifier.setFiring(false);
        notifier.notify(3, QStringLiteral("Switchyard alert: Error rate"), QStringLiteral("third"));
        qInstallMessageHandler(g_previous);
        QVERIFY(notifier.saidNoTray());
        QCOMPARE(g_messages.size(), 1);
        QVERIFY2(g_messages[0].contains(QStringLiteral("no system tray")), qPrintable(g_messages[0]));
        QVERIFY2(g_messages[0].contains(QApplication::platformName()), qPrintable(g_messages[0]));
        QVERIFY2(g_messages[0].contains(QStringLiteral("alert log")), qPrintable(g_messages[0]));
    }
};

QTEST_MAIN(AlertNotifierTest)
#include "AlertNotifierTest.moc"
