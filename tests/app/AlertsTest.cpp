#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include "AlertActions.h"
#include "AlertCenter.h"
#include "AlertLogModel.h"
#include "AlertLogStore.h"
#include "AlertRuleStore.h"
#include "AlertText.h"
#include "ConsoleFixture.h"
#include "MonitorModel.h"
#include "ScoreLoad.h"
#include "TestPaths.h"
#include "alerts/AlertLogDialog.h"
#include "alerts/AlertNotifications.h"
#include "alerts/AlertNotifier.h"
#include "alerts/AlertRulesDialog.h"
#include "monitor/MonitorView.h"

using namespace switchyard;
using models::AlertKind;
using models::AlertLogModel;
using models::MonitorModel;

// What the console would have shown on the desktop (the offscreen platform has no system tray).
struct Notification
{
    QString title;
    QString message;
};

class RecordingNotifier final : public widgets::AlertNotifier
{
public:
    explicit RecordingNotifier(QList<Notification>* shown) : m_shown(shown) {}
    void notify(std::uint64_t episode, const QString& title, const QString& message) override
    {
        (void)episode;
        m_shown->append({title, message});
    }

private:
    QList<Notification>* m_shown;
};

// Alerts of the whole console against a real server: an alert log left unreadable is moved aside and the
// console starts an empty one; rules set in the dialog (an endpoint's own error rate
// over its cluster's, a short "unreachable"), kept in the settings; bad scoring requests make the demo's
// error rate climb and the alert fires once (row highlighted, a count in the status bar, a notification,
// an entry in the log); the console closes while it fires and a new one starts against the same server and
// data folder: the log shows the earlier episode ended "console closed", and the alert fires again; the
// requests stop and it clears (the log shows its end). A version whose program exits at once fires
// "version unhealthy" until its endpoint is deleted. A frozen server fires "cluster unreachable", muted;
// answering again clears it. Notifications go to a recorder (no tray offscreen): one a firing episode,
// none for a clearing or while muted. Run in English and in Italian.
class AlertsTest : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;
    std::unique_ptr<test::ConsoleFixture> m_console;
    std::unique_ptr<test::ScoreLoad> m_good;
    std::unique_ptr<test::ScoreLoad> m_bad;
    QString m_key;
    QList<Notification> m_notified;

    static bool italian() { return QLocale().language() == QLocale::Italian; }
    app::AlertActions* alerts() const { return m_console->window->alerts(); }
    models::AlertCenter* center() const { return alerts()->center(); }
    AlertLogModel* log() const { return center()->log(); }
    QTreeView* tree() const { return m_console->window->monitor()->tree(); }

    QModelIndex demoRow() const
    {
        QAbstractItemModel* shown = tree()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            if (shown->index(row, 0).data(MonitorModel::EndpointRole).toString() == QLatin1String("demo"))
                return shown->index(row, 0);
        return {};
    }
    // The console as an operator has it: the Monitor on screen, the notifications recorded.
    void prepareWindow()
    {
        alerts()->notifications()->setNotifier(std::make_unique<RecordingNotifier>(&m_notified));
        m_console->window->showMonitor(true);
    }
    // Every notification names the alert, where it fires, and the rule, in a sentence.
    void checkNotified(const models::AlertEpisode& e, const Notification& n) const
    {
        QVERIFY2(n.title.contains(models::AlertText::kindName(e.kind)), qPrintable(n.title));
        for (const QString& part : {e.endpoint, e.version, models::AlertText::rule(e.kind, e.rule)})
            QVERIFY2(n.message.contains(part), qPrintable(n.message + QStringLiteral(" lacks ") + part));
        QVERIFY2(n.message.endsWith(QLatin1Char('.')), qPrintable(n.message));
    }
    // The firing episodes of the log, the oldest first.
    std::vector<models::AlertEpisode> firingEpisodes() const
    {
        std::vector<models::AlertEpisode> firing;
        for (const auto& e : log()->episodes())
            if (e.isFiring())
                firing.push_back(e);
        return firing;
    }

    bool highlighted(const QModelIndex& index) const
    {
        return index.isValid() && !index.data(MonitorModel::AlertRole).toStringList().isEmpty() &&
               index.data(Qt::BackgroundRole).isValid();
    }
    int highlightedVersions() const
    {
        int n = 0;
        for (int row = 0; row < tree()->model()->rowCount(demoRow()); ++row)
            n += highlighted(tree()->model()->index(row, MonitorModel::P99Column, demoRow()));
        return n;
    }
    int statusCount() const
    {
        return m_console->find<QLabel>(QStringLiteral("alertStatus"))->property("firing").toInt();
    }
    // Rows of the log of `kind`, and how many of them still fire.
    std::pair<int, int> logged(AlertKind kind) const
    {
        int rows = 0;
        int firing = 0;
        for (int row = 0; row < log()->rowCount(); ++row) {
            const QModelIndex index = log()->index(row, 0);
            if (index.data(AlertLogModel::KindRole).toInt() != int(kind))
                continue;
            ++rows;
            firing += index.data(AlertLogModel::FiringRole).toBool();
        }
        return {rows, firing};
    }

    void render(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SWITCHYARD_RENDER_DIR");
        if (dir.isEmpty())
            return;
        widget->grab().save(QDir(dir).filePath(
            name + (italian() ? QStringLiteral("-it") : QStringLiteral("-en")) + QStringLiteral(".png")));
    }

    template <class T>
    T* inDialog(QWidget* dialog, const QString& name) const
    {
        auto* w = dialog->findChild<T*>(name);
        if (!w)
            qFatal("no %s in the dialog", qPrintable(name));
        return w;
    }

private slots:
    void initTestCase()
    {
        // The console's own translation, as an English or Italian desktop has it (the English one holds the
        // plurals: "2 alerts firing").
        const QLocale language = italian() ? QLocale() : QLocale(QLocale::English);
        QVERIFY2(m_translator.load(language, QStringLiteral("switchyard"), QStringLiteral("_"),
                                   test::binaryPath(QStringLiteral("app"))),
                 "build the switchyard target first: it makes app/switchyard_en.qm and switchyard_it.qm");
        QCoreApplication::installTranslator(&m_translator);
        // The test's own settings and data (~/.qttest), one set a language (the two runs may overlap),
        // without the rules of an earlier run.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("test_app_Alerts_") +
                                             (italian() ? QStringLiteral("it") : QStringLiteral("en")));
        QSettings().remove(QStringLiteral("alerts"));
        // In place of an earlier run's alert log, one that cannot be read: the console moves it aside, says
        // so in its log, and starts an empty one.
        const QString logFile = models::AlertLogStore::defaultPath();
        QDir data(QFileInfo(logFile).absolutePath());
        const QStringList asideNames{QFileInfo(logFile).fileName() + QStringLiteral(".unreadable-*")};
        for (const QString& old : data.entryList(asideNames, QDir::Files))
            QVERIFY(data.remove(old));
        QVERIFY(data.mkpath(QStringLiteral(".")));
        const QByteArray garbage("this is not an alert log\n");
        {
            QFile bad(logFile);
            QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
            bad.write(garbage);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^the alert log .*alert-log\\.jsonl cannot be read "
                                               "\\(.+\\): it was moved to .*\\.unreadable-.*, and "
                                               "the log starts empty$")));
        m_console = std::make_unique<test::ConsoleFixture>();
        QString why;
        QVERIFY2(m_console->start(&why), qPrintable(why));
        QTRY_VERIFY(!center()->isLoadingLog());
        const QStringList aside = data.entryList(asideNames, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(data.filePath(aside[0]));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QCOMPARE(log()->rowCount(), 0);
        const auto keys = m_console->api().get(QStringLiteral("/api/v1/endpoints/demo/keys")).json();
        m_key = QString::fromStdString(keys["primary_key"].get<std::string>());
        m_good =
            std::make_unique<test::ScoreLoad>(m_console->server().url(), QStringLiteral("demo"), m_key, 2);
        m_good->start(200000, 200000);
        QTRY_VERIFY_WITH_TIMEOUT(m_good->succeeded() > 5, 10000);
        prepareWindow();
        QTRY_VERIFY_WITH_TIMEOUT(demoRow().isValid(), 10000);
        QCOMPARE(center()->logPath(), models::AlertLogStore::defaultPath());
    }

    void cleanupTestCase()
    {
        m_bad.reset();
        m_good.reset();
        m_console.reset();
        QSettings().remove(QStringLiteral("alerts"));
        QCoreApplication::removeTranslator(&m_translator);
    }

    void nothingFiresOnAHealthyCluster()
    {
        QTest::qWait(3000);
        QCOMPARE(center()->firingCount(), 0);
        QCOMPARE(statusCount(), 0);
        QCOMPARE(log()->rowCount(), 0);
        QVERIFY(m_notified.isEmpty());
        QVERIFY(!highlighted(demoRow()));
    }

    // The demo endpoint's own error rate: 4xx count, above 20 % for 2 s; the cluster: unreachable for 2 s.
    void rulesAreSetInTheDialogAndKept()
    {
        tree()->setCurrentIndex(demoRow());
        m_console->find<QAction>(QStringLiteral("alertRulesAction"))->trigger();
        QTRY_VERIFY(alerts()->rulesDialog() && alerts()->rulesDialog()->isVisible());
        QDialog* dialog = alerts()->rulesDialog();
        // Opened on the endpoint selected in the Monitor.
        auto* endpoint = inDialog<QComboBox>(dialog, QStringLiteral("alertScopeEndpoint"));
        QCOMPARE(endpoint->currentData().toString(), QStringLiteral("demo"));
        const QString errorRate = models::alertKindKey(AlertKind::ErrorRate);
        auto* inherit = inDialog<QCheckBox>(dialog, QStringLiteral("alertInherit_") + errorRate);
        auto* threshold = inDialog<QDoubleSpinBox>(dialog, QStringLiteral("alertThreshold_") + errorRate);
        QVERIFY(inherit->isChecked());
        QVERIFY(!threshold->isEnabled()); // the cluster's rule, shown but not edited here
        QCOMPARE(threshold->value(), 5.0);
        inherit->click();
        QVERIFY(threshold->isEnabled());
        threshold->setValue(20);
        inDialog<QSpinBox>(dialog, QStringLiteral("alertFor_") + errorRate)->setValue(2);
        inDialog<QCheckBox>(dialog, QStringLiteral("alertCountClientErrors"))->setChecked(true);
        // "Unreachable" belongs to the cluster: not editable for an endpoint.
        const QString unreachable = models::alertKindKey(AlertKind::ClusterUnreachable);
        QVERIFY(!inDialog<QSpinBox>(dialog, QStringLiteral("alertFor_") + unreachable)->isEnabled());
        render(dialog, QStringLiteral("alert-rules"));
        endpoint->setCurrentIndex(endpoint->findData(QString()));
        QCOMPARE(threshold->value(), 5.0); // the cluster's own again
        auto* forUnreachable = inDialog<QSpinBox>(dialog, QStringLiteral("alertFor_") + unreachable);
        QVERIFY(forUnreachable->isEnabled());
        forUnreachable->setValue(2);
        inDialog<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!alerts()->rulesDialog());

        const QString cluster = m_console->session()->profile().url;
        QSettings settings;
        const auto kept = models::AlertRuleStore::load(settings);
        QVERIFY(kept == center()->rules());
        const auto demo = kept.rule(cluster, QStringLiteral("demo"), AlertKind::ErrorRate);
        QCOMPARE(demo.threshold, 20.0);
        QCOMPARE(demo.forSeconds, 2);
        QVERIFY(demo.countClientErrors);
        QCOMPARE(kept.rule(cluster, QStringLiteral("other"), AlertKind::ErrorRate).threshold, 5.0);
        QCOMPARE(kept.rule(cluster, {}, AlertKind::ClusterUnreachable).forSeconds, 2);
    }

    void badRequestsFireTheErrorRateOnce()
    {
        QVERIFY(m_notified.isEmpty());
        // The built-in replica answers a row of the wrong shape with 400.
        m_bad =
            std::make_unique<test::ScoreLoad>(m_console->server().url(), QStringLiteral("demo"), m_key, 4);
        m_bad->setBody(QByteArrayLiteral(R"({"data": "not a matrix"})"));
        m_bad->start(200000, 200000);
        QTRY_VERIFY_WITH_TIMEOUT(m_bad->byStatus().value(400) > 20, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(logged(AlertKind::ErrorRate).second >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(highlighted(demoRow()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(highlightedVersions() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(statusCount() >= 1, 5000);
        QCOMPARE(statusCount(), center()->firingCount());
        QVERIFY(!m_console->find<QLabel>(QStringLiteral("alertStatus"))->text().isEmpty());
        const QModelIndex entry = log()->index(0, 0);
        QCOMPARE(log()->index(0, AlertLogModel::EndpointColumn).data().toString(), QStringLiteral("demo"));
        QVERIFY(!log()->index(0, AlertLogModel::StartedColumn).data().toString().isEmpty());
        QVERIFY(entry.data(AlertLogModel::FiringRole).toBool());
        const auto& episode = log()->episodeAt(0);
        QVERIFY2(episode.value > 20, qPrintable(QString::number(episode.value)));
        QVERIFY(episode.fired.toSecsSinceEpoch() - episode.started.toSecsSinceEpoch() >= 2);
        qInfo("fired: %s", qPrintable(models::AlertText::summary(episode)));
        // One notification a firing episode (a version each), in the order they fired.
        QTRY_COMPARE(m_notified.size(), qsizetype(log()->rowCount()));
        const auto firing = firingEpisodes();
        QCOMPARE(qsizetype(firing.size()), m_notified.size());
        for (std::size_t i = 0; i < firing.size(); ++i)
            checkNotified(firing[i], m_notified[qsizetype(i)]);
        qInfo("notified: %s / %s", qPrintable(m_notified.last().title),
              qPrintable(m_notified.last().message));

        // Still failing a few seconds later: nothing fires again. Another version whose errors crossed the
        // threshold later may fire meanwhile, once, for its own episode.
        QTest::qWait(4000);
        QVERIFY(m_bad->byStatus().value(400) > 100);
        QSet<QString> episodes;
        for (const auto& e : log()->episodes()) {
            const QString key =
                e.endpoint + QLatin1Char('/') + e.version + QLatin1Char('/') + QString::number(int(e.kind));
            QVERIFY2(!episodes.contains(key), qPrintable(QStringLiteral("fired twice: ") + key));
            episodes.insert(key);
        }
        QTRY_COMPARE(m_notified.size(), qsizetype(log()->rowCount()));

        alerts()->showLog();
        QTRY_VERIFY(alerts()->logDialog() && alerts()->logDialog()->isVisible());
        QCOMPARE(alerts()->logDialog()->table()->model()->rowCount(), log()->rowCount());
        // The rows as an operator sees them: expanded, none selected (a selection hides the highlight).
        tree()->expandAll();
        tree()->clearSelection();
        tree()->setCurrentIndex({});
        render(m_console->window.get(), QStringLiteral("alerts"));
        render(alerts()->logDialog(), QStringLiteral("alert-log-firing"));
    }

    // The console closes while the error rate fires and starts again against the same server, settings and
    // data folder: the log has the earlier episodes, the firing ones ended "console closed"; the bad
    // requests go on, so the alert fires again as a new episode, notified once.
    void aRestartKeepsTheLogAndFiresAgain()
    {
        const auto before = log()->episodes();
        const auto firingBefore = firingEpisodes();
        QVERIFY(!firingBefore.empty());
        const QString path = center()->logPath();
        QString why;
        QVERIFY2(m_console->attachAs(m_console->server().adminToken(), &why), qPrintable(why));
        m_notified.clear();
        prepareWindow();
        QCOMPARE(center()->logPath(), path);
        // The earlier console's rows as they were (loaded off the GUI thread), none firing.
        QTRY_VERIFY(!center()->isLoadingLog());
        QVERIFY(log()->rowCount() >= int(before.size()));
        const auto after = log()->episodes();
        for (const auto& old : before) {
            const auto kept =
                std::find_if(after.begin(), after.end(), [&](const auto& e) { return e.id == old.id; });
            QVERIFY2(kept != after.end(), qPrintable(models::AlertText::summary(old)));
            QCOMPARE(kept->endpoint, old.endpoint);
            QCOMPARE(kept->version, old.version);
            QCOMPARE(kept->started, old.started);
            QCOMPARE(kept->fired, old.fired);
            QVERIFY(!kept->isFiring());
            QCOMPARE(kept->endedWithConsole, old.isFiring());
            if (!old.isFiring())
                QCOMPARE(kept->ended, old.ended);
            else
                QVERIFY(kept->ended >= old.fired);
        }
        for (int row = 0; row < log()->rowCount(); ++row) {
            const auto& e = log()->episodeAt(row);
            if (e.endedWithConsole)
                QCOMPARE(log()->index(row, AlertLogModel::EndedColumn).data().toString(),
                         AlertLogModel::tr("%1, console closed").arg(AlertLogModel::timeText(e.ended)));
        }
        // Still failing: it fires again, as new episodes numbered after the old ones.
        QTRY_VERIFY_WITH_TIMEOUT(logged(AlertKind::ErrorRate).second >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(statusCount() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(demoRow().isValid() && highlighted(demoRow()), 10000);
        // The versions need not fire in the same second: one notification for each episode firing by now.
        QTRY_COMPARE(m_notified.size(), qsizetype(firingEpisodes().size()));
        const auto firing = firingEpisodes();
        for (const auto& e : firing)
            QVERIFY(e.id > before.back().id);
        QCOMPARE(m_notified.size(), qsizetype(firing.size()));
        for (std::size_t i = 0; i < firing.size(); ++i)
            checkNotified(firing[i], m_notified[qsizetype(i)]);
        alerts()->showLog();
        QTRY_VERIFY(alerts()->logDialog() && alerts()->logDialog()->isVisible());
        QVERIFY(alerts()
                    ->logDialog()
                    ->findChild<QLabel*>(QStringLiteral("alertLogPlace"))
                    ->text()
                    .contains(QDir::toNativeSeparators(path)));
        render(alerts()->logDialog(), QStringLiteral("alert-log-restarted"));
    }

    void recoveryClearsIt()
    {
        const qsizetype notified = m_notified.size();
        m_bad->stop();
        m_bad.reset();
        QTRY_COMPARE_WITH_TIMEOUT(logged(AlertKind::ErrorRate).second, 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(), 0, 5000);
        QVERIFY(!highlighted(demoRow()));
        QCOMPARE(highlightedVersions(), 0);
        for (int row = 0; row < log()->rowCount(); ++row) {
            const auto& e = log()->episodeAt(row);
            QVERIFY(e.ended.isValid());
            QVERIFY(e.ended >= e.fired);
            QVERIFY(!log()->index(row, AlertLogModel::EndedColumn).data().toString().isEmpty());
        }
        // Clearing is not notified.
        QTest::qWait(1000);
        QCOMPARE(m_notified.size(), notified);
        render(alerts()->logDialog(), QStringLiteral("alert-log"));
    }

    // A version whose program exits at once goes Failed: "version unhealthy" fires on its row (the rule
    // shortened to 1 s for the cluster); deleting the endpoint ends the episode.
    void aFailedVersionFiresUntilItIsGone()
    {
        const QString cluster = m_console->session()->profile().url;
        auto rules = center()->rules();
        rules.set(cluster, {}, AlertKind::VersionUnhealthy, models::AlertRule{true, 0, 1, false});
        center()->setRules(rules);
        const auto blue = m_console->api().get(QStringLiteral("/api/v1/endpoints/demo/versions/blue")).json();
        const auto created = m_console->api().post(
            QStringLiteral("/api/v1/endpoints"),
            nlohmann::json{{"name", "crash"},
                           {"auth_enabled", false},
                           {"version",
                            {{"version_name", "only"},
                             {"model", blue["model"]},
                             {"inference_config", {{"runtime", "command"}, {"command", {"/bin/false"}}}}}}});
        QVERIFY2(created.status == 201, qPrintable(created.body));
        QTRY_COMPARE_WITH_TIMEOUT(logged(AlertKind::VersionUnhealthy).second, 1, 60000);
        const auto& episode = log()->episodeAt(0);
        QCOMPARE(episode.endpoint, QStringLiteral("crash"));
        QCOMPARE(episode.version, QStringLiteral("only"));
        QVERIFY(episode.value == double(HealthState::Failed) ||
                episode.value == double(HealthState::Unhealthy));
        qInfo("fired: %s", qPrintable(models::AlertText::summary(episode)));
        const auto crashRow = [this] {
            QAbstractItemModel* shown = tree()->model();
            for (int row = 0; row < shown->rowCount(); ++row)
                if (shown->index(row, 0).data(MonitorModel::EndpointRole).toString() ==
                    QLatin1String("crash"))
                    return shown->index(row, MonitorModel::StateColumn);
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(highlighted(crashRow()), 5000);
        QVERIFY(!highlighted(demoRow()));
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(), 1, 5000);

        const auto deleted = m_console->api().del(QStringLiteral("/api/v1/endpoints/crash"));
        QVERIFY2(deleted.status == 204 || deleted.status == 200, qPrintable(deleted.body));
        QTRY_COMPARE_WITH_TIMEOUT(logged(AlertKind::VersionUnhealthy).second, 0, 20000);
        QCOMPARE(logged(AlertKind::VersionUnhealthy).first, 1);
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(), 0, 5000);
    }

    // Frozen: not responding, then after the rule's 2 s "cluster unreachable" fires, without a notification
    // while muted; answering again clears it.
    void aFrozenClusterFiresUnreachableMuted()
    {
        m_good->stop();
        m_console->find<QAction>(QStringLiteral("muteAlertsAction"))->trigger();
        QVERIFY(alerts()->notifications()->isMuted());
        {
            QSettings settings;
            QVERIFY(models::AlertRuleStore::muted(settings));
        }
        const qsizetype notified = m_notified.size();
        m_console->server().pause();
        QTRY_COMPARE_WITH_TIMEOUT(logged(AlertKind::ClusterUnreachable).second, 1,
                                  models::SessionConnection::kNotRespondingMs + 10000);
        QCOMPARE(statusCount(), center()->firingCount());
        QVERIFY(statusCount() >= 1);
        QCOMPARE(m_notified.size(), notified);
        const auto& episode = log()->episodeAt(0);
        QCOMPARE(episode.kind, AlertKind::ClusterUnreachable);
        QVERIFY(episode.endpoint.isEmpty());
        QVERIFY2(episode.detail.contains(m_console->session()->stateText()), qPrintable(episode.detail));
        m_console->server().resume();
        QTRY_COMPARE_WITH_TIMEOUT(logged(AlertKind::ClusterUnreachable).second, 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(), 0, 5000);
        m_console->find<QAction>(QStringLiteral("muteAlertsAction"))->trigger();
        QVERIFY(!alerts()->notifications()->isMuted());
    }
};

QTEST_MAIN(AlertsTest)
#include "AlertsTest.moc"
