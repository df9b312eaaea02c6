#include <memory>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "AlertCenter.h"
#include "AlertEpisode.h"
#include "ClusterListModel.h"
#include "MonitorModel.h"
#include "MonitorPoller.h"
#include "alerts/AlertNotifications.h"
#include "alerts/FreedesktopAlertNotifier.h"

using namespace switchyard;
using widgets::AlertNotifications;
using widgets::FreedesktopAlertNotifier;

namespace {

// A desktop's notification service as the specification describes it, recording what it is asked.
class NotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app;
        uint replaces = 0;
        QString icon;
        QString summary;
        QString body;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0;
    };
    QList<Shown> shown;
    QList<uint> closed;

public slots:
    uint Notify(const QString& app, uint replaces, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        (void)actions;
        const uint id = replaces != 0 ? replaces : ++m_lastId;
        shown.append({app, replaces, icon, summary, body, hints, timeout, id});
        return id;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        emit NotificationClosed(id, 3); // 3: closed by a call to CloseNotification
    }
    QStringList GetCapabilities() { return {QStringLiteral("body"), QStringLiteral("body-markup")}; }

signals:
    void NotificationClosed(uint id, uint reason);

private:
    uint m_lastId = 0;
};

QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (QLatin1String(context.category).startsWith(QLatin1String("switchyard.alerts")))
        g_messages << message;
    g_previous(type, context, message);
}

models::AlertEpisode episode(std::uint64_t id, const QString& endpoint)
{
    models::AlertEpisode e;
    e.id = id;
    e.kind = models::AlertKind::ErrorRate;
    e.clusterKey = QStringLiteral("local");
    e.clusterId = QStringLiteral("http://127.0.0.1:1");
    e.clusterName = QStringLiteral("local");
    e.endpoint = endpoint;
    e.version = QStringLiteral("blue");
    e.rule = models::AlertRule::defaults(e.kind);
    e.started = QDateTime::currentDateTimeUtc();
    e.fired = e.started;
    e.value = 12.5;
    e.peak = 12.5;
    return e;
}

} // namespace

// The console's notifications on a desktop with a notification service and no system tray (GNOME without
// an extension, here the offscreen platform): a private session bus (dbus-daemon, started by the test) with
// a recording org.freedesktop.Notifications. The alert center's episodes fire and clear as in the console;
// each firing episode is one critical notification with the console's words, clearing closes it, muted
// ones are not shown, and a bus without the service falls back to the tray, then to the log line.
class FreedesktopAlertNotifierTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    int m_connections = 0;

    // A connection of its own to the private bus (a notifier's, or the service's).
    QDBusConnection connect()
    {
        const QString name = QStringLiteral("test-%1").arg(++m_connections);
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, name);
        return bus;
    }

private slots:
    void initTestCase()
    {
        // CI installs it (scripts/install-deps.sh): a missing daemon is a failure, not a skip.
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        QVERIFY2(!daemon.isEmpty(),
                 "dbus-daemon is not installed (Debian: dbus-daemon; scripts/install-deps.sh)");
        QVERIFY(m_dir.isValid());
        // A bus of our own with no service files: nothing on this machine is activated by it.
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // The session bus's own settings (/usr/share/dbus-1/session.conf) without its service directories.
        config.write(QStringLiteral(
                         "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                         "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n<busconfig>"
                         "<type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                         "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                         "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>"
                         "<limit name=\"max_incoming_bytes\">1000000000</limit>"
                         "<limit name=\"max_outgoing_bytes\">1000000000</limit>"
                         "<limit name=\"max_message_size\">1000000000</limit></busconfig>\n")
                         .arg(m_dir.path())
                         .toUtf8());
        config.close();
        m_daemon.start(daemon, {QStringLiteral("--config-file=") + config.fileName(),
                                QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        QVERIFY2(m_daemon.waitForStarted(), qPrintable(m_daemon.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY2(!m_address.isEmpty(), qPrintable(QString::fromUtf8(m_daemon.readAllStandardError())));
    }

    void cleanupTestCase()
    {
        for (int n = 1; n <= m_connections; ++n)
            QDBusConnection::disconnectFromBus(QStringLiteral("test-%1").arg(n));
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    void oneCriticalNotificationAnEpisodeClosedWhenItClears()
    {
        QDBusConnection serviceBus = connect();
        NotificationService service;
        QVERIFY(
            serviceBus.registerObject(QLatin1String(FreedesktopAlertNotifier::kPath), &service,
                                      QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(serviceBus.registerService(QLatin1String(FreedesktopAlertNotifier::kService)));

        models::ClusterListModel clusters;
        models::MonitorModel monitor;
        models::MonitorPoller poller(&clusters, &monitor);
        models::AlertCenter center(&clusters, &poller, &monitor);
        auto notifier = std::make_unique<FreedesktopAlertNotifier>(connect());
        FreedesktopAlertNotifier* desktop = notifier.get();
        AlertNotifications notifications(&center, std::move(notifier));
        QVERIFY(desktop->hasService());

        const models::AlertEpisode demo = episode(1, QStringLiteral("demo"));
        emit center.alertFired(demo);
        QTRY_COMPARE(service.shown.size(), 1);
        const NotificationService::Shown first = service.shown[0];
        QCOMPARE(first.app, QStringLiteral("Switchyard"));
        QCOMPARE(first.icon, QStringLiteral("switchyard"));
        QCOMPARE(first.replaces, 0u);
        QCOMPARE(first.summary, AlertNotifications::title(demo));
        QVERIFY2(first.summary.contains(QStringLiteral("Error rate")) || QLocale().language() != QLocale::C,
                 qPrintable(first.summary));
        QCOMPARE(first.body, AlertNotifications::message(demo).toHtmlEscaped());
        QVERIFY2(first.body.contains(QStringLiteral("demo")) && first.body.contains(QStringLiteral("blue")),
                 qPrintable(first.body));
        QCOMPARE(first.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("switchyard"));
        QCOMPARE(first.timeout, -1);

        // The same episode again (a console reloading its log) is not a second notification; another
        // episode is. Its clearing closes its own notification, not the first one.
        emit center.alertFired(demo);
        const models::AlertEpisode other = episode(2, QStringLiteral("other"));
        emit center.alertFired(other);
        QTRY_COMPARE(service.shown.size(), 2);
        QVERIFY(service.shown[1].summary == first.summary &&
                service.shown[1].body.contains(QStringLiteral("other")));
        QVERIFY(service.shown[1].id != first.id);
        emit center.alertCleared(other);
        QTRY_COMPARE(service.closed, QList<uint>{service.shown[1].id});
        models::AlertEpisode ended = demo;
        ended.ended = QDateTime::currentDateTimeUtc();
        emit center.alertCleared(ended);
        QTRY_COMPARE(service.closed, (QList<uint>{service.shown[1].id, first.id}));
        QCOMPARE(service.shown.size(), 2);

        // Muted: nothing is shown. An episode fired after unmuting is, and the muted one never came before
        // it (the bus keeps a connection's calls in order).
        notifications.setMuted(true);
        emit center.alertFired(episode(3, QStringLiteral("muted")));
        notifications.setMuted(false);
        emit center.alertFired(episode(4, QStringLiteral("loud")));
        QTRY_COMPARE(service.shown.size(), 3);
        QVERIFY2(service.shown[2].body.contains(QStringLiteral("loud")), qPrintable(service.shown[2].body));

        // Cleared before the service answered: closed as soon as its id is known.
        emit center.alertFired(episode(5, QStringLiteral("brief")));
        emit center.alertCleared(episode(5, QStringLiteral("brief")));
        QTRY_COMPARE(service.shown.size(), 4);
        QTRY_COMPARE(service.closed.size(), 3);
        QCOMPARE(service.closed.last(), service.shown[3].id);

        // The console closes while episode 4 fires: its notification goes with it.
        notifications.setNotifier(nullptr);
        QTRY_COMPARE(service.closed.size(), 4);
        QCOMPARE(service.closed.last(), service.shown[2].id);

        serviceBus.unregisterService(QLatin1String(FreedesktopAlertNotifier::kService));
        serviceBus.unregisterObject(QLatin1String(FreedesktopAlertNotifier::kPath));
    }

    // A bus without the service (and the offscreen platform has no tray): the log says so once; a service
    // that starts later is used from then on.
    void withoutTheServiceTheTrayThenTheLog()
    {
        g_messages.clear();
        g_previous = qInstallMessageHandler(recordMessage);
        FreedesktopAlertNotifier notifier(connect());
        QVERIFY(!notifier.hasService());
        notifier.notify(1, QStringLiteral("Switchyard alert: Error rate"), QStringLiteral("first"));
        notifier.notify(2, QStringLiteral("Switchyard alert: Error rate"), QStringLiteral("second"));
        qInstallMessageHandler(g_previous);
        QVERIFY(notifier.tray().saidNoTray());
        QCOMPARE(g_messages.size(), 1);
        QVERIFY2(g_messages[0].contains(QStringLiteral("no system tray")), qPrintable(g_messages[0]));

        QDBusConnection serviceBus = connect();
        NotificationService service;
        QVERIFY(
            serviceBus.registerObject(QLatin1String(FreedesktopAlertNotifier::kPath), &service,
                                      QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(serviceBus.registerService(QLatin1String(FreedesktopAlertNotifier::kService)));
        notifier.notify(3, QStringLiteral("Switchyard alert: Error rate"), QStringLiteral("a <b> & c"));
        QTRY_COMPARE(service.shown.size(), 1);
        QCOMPARE(service.shown[0].body, QStringLiteral("a &lt;b&gt; &amp; c"));
        serviceBus.unregisterService(QLatin1String(FreedesktopAlertNotifier::kService));
        serviceBus.unregisterObject(QLatin1String(FreedesktopAlertNotifier::kPath));
    }
};

QTEST_MAIN(FreedesktopAlertNotifierTest)
#include "FreedesktopAlertNotifierTest.moc"
