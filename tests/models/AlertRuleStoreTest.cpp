#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "AlertRuleStore.h"

using namespace switchyard::models;

// The rules go to the settings and come back the same; what a hand edit broke falls back to the default.
class AlertRuleStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("switchyard.conf")); }

private slots:
    void init() { QFile::remove(file()); }

    void nothingSavedIsTheDefaults()
    {
        QSettings settings(file(), QSettings::IniFormat);
        const AlertRuleBook book = AlertRuleStore::load(settings);
        QVERIFY(book.empty());
        for (const AlertKind kind : kAlertKinds)
            QCOMPARE(book.rule(QStringLiteral("http://a"), QStringLiteral("demo"), kind),
                     AlertRule::defaults(kind));
        QVERIFY(!AlertRuleStore::muted(settings));
    }

    void rulesComeBackAsSaved()
    {
        AlertRuleBook book;
        book.set(QStringLiteral("http://a:8080/base"), {}, AlertKind::ErrorRate,
                 AlertRule{true, 2.5, 45, true});
        book.set(QStringLiteral("http://a:8080/base"), {}, AlertKind::ClusterUnreachable,
                 AlertRule{false, 0, 60, false});
        book.set(QStringLiteral("http://a:8080/base"), QStringLiteral("demo"), AlertKind::LatencyP99,
                 AlertRule{true, 250, 0, false});
        book.set(QStringLiteral("https://b"), QStringLiteral("fraud"), AlertKind::ReplicasAtMaximum,
                 AlertRule{true, 0, 1200, false});
        {
            QSettings settings(file(), QSettings::IniFormat);
            AlertRuleStore::save(settings, book);
            AlertRuleStore::setMuted(settings, true);
        }
        QSettings settings(file(), QSettings::IniFormat);
        const AlertRuleBook loaded = AlertRuleStore::load(settings);
        QVERIFY(loaded == book);
        QVERIFY(AlertRuleStore::muted(settings));
        // Saving fewer scopes leaves none of the old ones behind.
        AlertRuleBook smaller;
        smaller.set(QStringLiteral("https://b"), {}, AlertKind::LatencyP99, AlertRule{true, 10, 1, false});
        AlertRuleStore::save(settings, smaller);
        QVERIFY(AlertRuleStore::load(settings) == smaller);
    }

    void unreadableRulesFallBackToTheDefault()
    {
        {
            QSettings settings(file(), QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("alerts/scopes"));
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("cluster"), QStringLiteral("http://a"));
            settings.setValue(QStringLiteral("errorRate/enabled"), true);
            settings.setValue(QStringLiteral("errorRate/threshold"), QStringLiteral("lots"));
            settings.setValue(QStringLiteral("latencyP99/enabled"), true);
            settings.setValue(QStringLiteral("latencyP99/forSeconds"), -5);
            settings.setValue(QStringLiteral("versionUnhealthy/enabled"), false);
            settings.setArrayIndex(1); // no cluster: ignored
            settings.setValue(QStringLiteral("errorRate/enabled"), false);
            settings.endArray();
        }
        QSettings settings(file(), QSettings::IniFormat);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("errorRate/.*default applies")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("latencyP99/.*default applies")));
        const AlertRuleBook book = AlertRuleStore::load(settings);
        const QString a = QStringLiteral("http://a");
        QCOMPARE(book.rule(a, {}, AlertKind::ErrorRate), AlertRule::defaults(AlertKind::ErrorRate));
        QCOMPARE(book.rule(a, {}, AlertKind::LatencyP99), AlertRule::defaults(AlertKind::LatencyP99));
        QVERIFY(!book.rule(a, {}, AlertKind::VersionUnhealthy).enabled);
        QCOMPARE(book.scopes().size(), 1u);
    }

    void anEndpointCannotChangeItsClustersReachability()
    {
        AlertRuleBook book;
        book.set(QStringLiteral("http://a"), QStringLiteral("demo"), AlertKind::ClusterUnreachable,
                 AlertRule{false, 0, 1, false});
        QCOMPARE(book.rule(QStringLiteral("http://a"), QStringLiteral("demo"), AlertKind::ClusterUnreachable),
                 AlertRule::defaults(AlertKind::ClusterUnreachable));
        book.unset(QStringLiteral("http://a"), QStringLiteral("demo"), AlertKind::ClusterUnreachable);
        QVERIFY(book.empty());
    }
};

QTEST_GUILESS_MAIN(AlertRuleStoreTest)
#include "AlertRuleStoreTest.moc"
