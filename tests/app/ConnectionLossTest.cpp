#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QToolButton>
#include <QTranslator>

#include "ConnectionErrorText.h"
#include "ConsoleFixture.h"
#include "StateText.h"
#include "TestPaths.h"
#include "dashboard/DashboardPane.h"
#include "dashboard/DashboardView.h"
#include "panes/ClustersPane.h"

using namespace switchyard;
using models::ClusterListModel;
using models::ClusterSession;
using models::StateText;
using models::VersionTableModel;
using State = ClusterSession::State;

// The whole console against a server that stops answering (SIGSTOP, as a hung host would) and one that
// dies (SIGKILL): the console says so within seconds, marks the figures it still shows with their age in
// every pane, returns to live figures when the server answers again, and explains a dead server in a
// sentence with libcurl's words one click away. Runs in the language of the locale ctest gives (en, it).
class ConnectionLossTest : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;
    std::unique_ptr<test::ConsoleFixture> m_console;

    static bool italian() { return QLocale().language() == QLocale::Italian; }

    ClusterSession* session() const { return m_console->session(); }
    int state() const
    {
        return m_console->window->clusters()
            ->index(0, ClusterListModel::StateColumn)
            .data(ClusterListModel::StateRole)
            .toInt();
    }
    QString versionState(const char* version) const
    {
        auto* versions = session()->versions();
        return versions->index(versions->rowOf(version), VersionTableModel::StateColumn).data().toString();
    }
    QVariant versionColor(const char* version) const
    {
        auto* versions = session()->versions();
        return versions->index(versions->rowOf(version), VersionTableModel::NameColumn)
            .data(Qt::ForegroundRole);
    }
    QString endpointState() const
    {
        auto* endpoints = session()->endpoints();
        return endpoints->index(endpoints->rowOf("demo"), models::EndpointListModel::StateColumn)
            .data()
            .toString();
    }
    QLabel* label(const char* name) const { return m_console->find<QLabel>(QLatin1String(name)); }
    bool shown(const char* name) const { return !label(name)->isHidden(); }

    // Saved for a person to look at when SWITCHYARD_RENDER_DIR is set (not a pass condition).
    void render(const QString& name)
    {
        const QString dir = qEnvironmentVariable("SWITCHYARD_RENDER_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300); // lets the layouts take in the new texts
        m_console->window->grab().save(QDir(dir).filePath(
            name + (italian() ? QStringLiteral("-it") : QStringLiteral("-en")) + QStringLiteral(".png")));
    }

    // The marks of old figures, in the cluster pane, the endpoints and versions tables and the dashboard.
    void verifyMarkedStale()
    {
        const QDateTime since = session()->staleSince();
        QVERIFY(since.isValid());
        const QString asOf = StateText::asOf(since);
        QCOMPARE(versionState("blue"), StateText::staleState(StateText::health(HealthState::Healthy), since));
        QCOMPARE(versionColor("blue").value<QColor>(), StateText::staleColor());
        QVERIFY2(endpointState().contains(asOf), qPrintable(endpointState()));
        QVERIFY(shown("clusterStale"));
        QVERIFY2(label("clusterStale")->text().contains(asOf), qPrintable(label("clusterStale")->text()));
        QVERIFY(shown("dashboardStale"));
        QVERIFY2(label("dashboardStale")->text().contains(asOf), qPrintable(label("dashboardStale")->text()));
        QCOMPARE(m_console->window->dashboard()->view()->staleSince(), since);
    }

    void verifyLive()
    {
        QVERIFY(!session()->staleSince().isValid());
        QCOMPARE(versionState("blue"), StateText::health(HealthState::Healthy));
        QCOMPARE(versionColor("blue"), QVariant());
        auto* endpoints = session()->endpoints();
        const auto demo = endpoints->index(endpoints->rowOf("demo"), models::EndpointListModel::StateColumn);
        QCOMPARE(endpointState(),
                 StateText::health(HealthState(demo.data(models::EndpointListModel::StateRole).toInt())));
        QVERIFY(!shown("clusterStale"));
        QVERIFY(!shown("dashboardStale"));
        QVERIFY(!m_console->window->dashboard()->view()->staleSince().isValid());
    }

private slots:
    void initTestCase()
    {
        // The console's own words in the locale ctest gave (main() does the same from :/i18n).
        if (italian()) {
            QVERIFY2(m_translator.load(QLocale(), QStringLiteral("switchyard"), QStringLiteral("_"),
                                       test::binaryPath(QStringLiteral("app"))),
                     "build the switchyard target first: it makes app/switchyard_it.qm");
            QCoreApplication::installTranslator(&m_translator);
        }
    }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QString why;
        QVERIFY2(m_console->start(&why), qPrintable(why));
        // The dashboard on screen, as an operator watching the cluster would have it.
        m_console->window->rollout()->setCurrentWidget(m_console->window->dashboard());
    }

    void cleanup() { m_console.reset(); }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    // Frozen for 12 s: "not responding" within a few seconds, every pane marks its figures with their
    // age; answering again brings back the live figures without the operator doing anything.
    void aFrozenServerIsNotRespondingThenLiveAgain()
    {
        verifyLive();
        QElapsedTimer frozen;
        frozen.start();
        m_console->server().pause();
        QTRY_COMPARE_WITH_TIMEOUT(state(), int(State::NotResponding),
                                  models::SessionConnection::kNotRespondingMs + 5000);
        QCOMPARE(session()->stateText(), models::SessionConnection::tr("not responding"));
        const QString where = models::ConnectionErrorText::where(session()->profile().url);
        QVERIFY2(session()->lastError().contains(where), qPrintable(session()->lastError()));
        const QString shownState =
            m_console->window->clusters()->index(0, ClusterListModel::StateColumn).data().toString();
        QVERIFY2(shownState.contains(session()->stateText()), qPrintable(shownState));
        verifyMarkedStale();
        render(QStringLiteral("connection-not-responding"));

        // The rest of the 12 s: the marks stay while nothing answers.
        QTest::qWait(std::max<int>(0, 12000 - int(frozen.elapsed())));
        QVERIFY(session()->state() != State::Connected);
        verifyMarkedStale();

        m_console->server().resume();
        QTRY_COMPARE_WITH_TIMEOUT(state(), int(State::Connected), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(versionState("blue") == StateText::health(HealthState::Healthy), 10000);
        verifyLive();
        QVERIFY(session()->lastError().isEmpty());
    }

    // Killed: "unreachable" with a sentence an operator can act on (not libcurl's), the details one click
    // away, and the figures still on screen marked as old rather than shown as Healthy.
    void aKilledServerIsUnreachableWithASentence()
    {
        m_console->server().kill9();
        QTRY_COMPARE_WITH_TIMEOUT(state(), int(State::Unreachable), 30000);
        Error refused;
        refused.kind = ErrorKind::Transport;
        refused.code = "ConnectionFailed";
        const QString sentence = models::ConnectionErrorText::sentence(refused, 0, session()->profile().url);
        QCOMPARE(session()->lastError(), sentence);
        QVERIFY2(sentence.contains(models::ConnectionErrorText::where(session()->profile().url)),
                 qPrintable(sentence));
        // libcurl's own sentence is the detail, not the message.
        const QString detail = session()->lastErrorDetail();
        QVERIFY2(detail.contains(QLatin1String("onnect")), qPrintable(detail));
        QVERIFY(!session()->lastError().contains(detail));
        const QString shownState =
            m_console->window->clusters()->index(0, ClusterListModel::StateColumn).data().toString();
        QVERIFY2(shownState.contains(sentence), qPrintable(shownState));
        QVERIFY2(!shownState.contains(detail), qPrintable(shownState));

        QVERIFY(shown("clusterError"));
        QCOMPARE(label("clusterError")->text(), sentence);
        QVERIFY(!shown("clusterErrorDetail"));
        auto* details = m_console->find<QToolButton>(QStringLiteral("clusterErrorDetails"));
        QVERIFY(details->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QTRY_VERIFY(shown("clusterErrorDetail"));
        QCOMPARE(label("clusterErrorDetail")->text(), detail);

        verifyMarkedStale();
        QVERIFY2(label("dashboardStale")->text().contains(sentence),
                 qPrintable(label("dashboardStale")->text()));
        render(QStringLiteral("connection-unreachable"));
    }
};

QTEST_MAIN(ConnectionLossTest)
#include "ConnectionLossTest.moc"
