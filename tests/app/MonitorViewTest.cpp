#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include "ConsoleFixture.h"
#include "FakeHttpServer.h"
#include "detail/VersionDetail.h"
#include "MonitorFilterModel.h"
#include "MonitorModel.h"
#include "MonitorPoller.h"
#include "ScoreLoad.h"
#include "TestPaths.h"
#include "monitor/MonitorView.h"

using namespace switchyard;
using models::MonitorModel;

// The Monitor of the whole console against a real server scoring the demo endpoint: Ctrl+M opens it, the
// demo's row shows its requests per second, the sparklines are full from the first answer (the server's
// history), headers sort by value, the filter and "Only problems" narrow the rows, and Enter opens the
// endpoint in the main view. Run in English and in Italian (ctest runs it under C.UTF-8 and it_IT.UTF-8).
class MonitorViewTest : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;
    std::unique_ptr<test::ConsoleFixture> m_console;
    std::unique_ptr<test::ScoreLoad> m_load;

    static bool italian() { return QLocale().language() == QLocale::Italian; }
    widgets::MonitorView* view() const { return m_console->window->monitor(); }
    QTreeView* tree() const { return view()->tree(); }
    QAbstractItemModel* shown() const { return tree()->model(); }

    // Column 0 by default: the one that holds the version rows.
    QModelIndex endpointRow(const QString& name, int column = 0) const
    {
        for (int row = 0; row < shown()->rowCount(); ++row) {
            const QModelIndex index = shown()->index(row, column);
            if (index.data(MonitorModel::EndpointRole).toString() == name)
                return index;
        }
        return {};
    }
    QModelIndex demoRow(int column = 0) const { return endpointRow(QStringLiteral("demo"), column); }
    QStringList endpointOrder() const
    {
        QStringList names;
        for (int row = 0; row < shown()->rowCount(); ++row)
            names << shown()->index(row, 0).data(MonitorModel::EndpointRole).toString();
        return names;
    }

    double demoFigure(int column) const { return demoRow(column).data(MonitorModel::SortRole).toDouble(); }

    // Saved for a person to look at when SWITCHYARD_RENDER_DIR is set (not a pass condition), after
    // SWITCHYARD_RENDER_SETTLE_S seconds more of load so the sparklines have a shape to show.
    void render(const QString& name)
    {
        const QString dir = qEnvironmentVariable("SWITCHYARD_RENDER_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(1000 * qEnvironmentVariableIntValue("SWITCHYARD_RENDER_SETTLE_S"));
        m_console->window->grab().save(QDir(dir).filePath(
            name + (italian() ? QStringLiteral("-it") : QStringLiteral("-en")) + QStringLiteral(".png")));
    }

    // Pixels of a cell that differ from its background: something was drawn there.
    int drawnPixels(const QModelIndex& index) const
    {
        const QRect rect = tree()->visualRect(index);
        const QImage image = tree()->viewport()->grab(rect).toImage();
        const QRgb background = image.pixel(1, 1);
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += image.pixel(x, y) != background;
        return drawn;
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
        m_console = std::make_unique<test::ConsoleFixture>();
        QString why;
        QVERIFY2(m_console->start(&why), qPrintable(why));
        const auto keys = m_console->api().get(QStringLiteral("/api/v1/endpoints/demo/keys")).json();
        m_load = std::make_unique<test::ScoreLoad>(
            m_console->server().url(), QStringLiteral("demo"),
            QString::fromStdString(keys["primary_key"].get<std::string>()), 4);
        m_load->start(200000, 200000);
        // A second endpoint, idle, so rows sort against each other.
        const auto blue = m_console->api().get(QStringLiteral("/api/v1/endpoints/demo/versions/blue")).json();
        const auto created = m_console->api().send(
            "POST", QStringLiteral("/api/v1/endpoints"),
            nlohmann::json{{"name", "churn"},
                           {"auth_enabled", false},
                           {"version", {{"version_name", "steady"}, {"model", blue["model"]}}}});
        QVERIFY2(created.status == 201 || created.status == 200, qPrintable(created.body));
        QTRY_VERIFY_WITH_TIMEOUT(m_load->succeeded() > 5, 10000);
    }

    void cleanupTestCase()
    {
        m_load.reset();
        m_console.reset();
        QCoreApplication::removeTranslator(&m_translator);
    }

    void ctrlMOpensTheMonitor()
    {
        QVERIFY(!m_console->window->isMonitorShown());
        m_console->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_console->window.get()));
        QTest::keyClick(m_console->window.get(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(m_console->window->isMonitorShown());
        QVERIFY(view()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(demoRow().isValid(), 10000);
        if (italian())
            QCOMPARE(shown()->headerData(MonitorModel::StateColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Stato"));
    }

    void theDemoRowShowsItsRequests()
    {
        QTRY_VERIFY_WITH_TIMEOUT(demoFigure(MonitorModel::RequestsColumn) > 0, 20000);
        QCOMPARE(shown()->rowCount(demoRow()), 2); // blue and green
        // Figures read in the user's locale: a decimal comma in Italian.
        const QString rps = demoRow(MonitorModel::RequestsColumn).data().toString();
        QVERIFY2(rps.contains(italian() ? QLatin1Char(',') : QLatin1Char('.')), qPrintable(rps));
        QVERIFY(!m_console->find<QLabel>(QStringLiteral("problemStatus"))->text().isEmpty());
        qInfo("demo: %s requests/s, p99 %s", qPrintable(rps),
              qPrintable(demoRow(MonitorModel::P99Column).data().toString()));
    }

    // A model fed by its own poller from now on: its first answer already holds the seconds the server
    // kept, not one sample.
    void sparklinesAreFullFromTheFirstAnswer()
    {
        // The server keeps a sample a second from its start: wait until it has a few.
        const auto historyLength = [this] {
            const auto answer = m_console->api().get(QStringLiteral("/api/v1/monitor?seconds=300")).json();
            for (const auto& endpoint : answer.value("endpoints", nlohmann::json::array()))
                if (endpoint.value("name", "") == "demo")
                    return endpoint["versions"][0]["history"]["t"].size();
            return std::size_t(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(historyLength() >= 5, 20000);
        const auto kept = historyLength();
        MonitorModel model;
        models::MonitorPoller poller(m_console->window->clusters(), &model);
        const QString cluster = poller.keyOf(m_console->session());
        QVERIFY(!cluster.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model.endpointIndex(cluster, QStringLiteral("demo")).isValid(), 10000);
        const QModelIndex endpoint = model.endpointIndex(cluster, QStringLiteral("demo"))
                                         .siblingAtColumn(MonitorModel::RequestsTrendColumn);
        const auto series = endpoint.data(MonitorModel::SeriesRole).value<QList<double>>();
        qInfo("first answer: %lld seconds of requests/s", static_cast<long long>(series.size()));
        QVERIFY2(series.size() >= qsizetype(kept), qPrintable(QString::number(series.size())));
        // And the window's Monitor paints them.
        QTRY_VERIFY_WITH_TIMEOUT(drawnPixels(demoRow(MonitorModel::RequestsTrendColumn)) > 20, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(drawnPixels(demoRow(MonitorModel::P99TrendColumn)) > 20, 5000);
    }

    void headersSortByValue()
    {
        tree()->expandAll();
        QHeaderView* header = tree()->header();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
        };
        const auto versions = [&] {
            QStringList names;
            for (int row = 0; row < shown()->rowCount(demoRow()); ++row)
                names << shown()->index(row, 0, demoRow()).data(MonitorModel::VersionRole).toString();
            return names;
        };
        QTRY_VERIFY_WITH_TIMEOUT(endpointRow(QStringLiteral("churn")).isValid(), 20000);
        clickHeader(MonitorModel::RequestsColumn);
        QCOMPARE(header->sortIndicatorSection(), int(MonitorModel::RequestsColumn));
        const Qt::SortOrder first = header->sortIndicatorOrder();
        // demo is scored, churn is not; blue takes 70 % of demo's traffic, green 30 %.
        const QStringList demoFirst{QStringLiteral("demo"), QStringLiteral("churn")};
        const QStringList churnFirst{QStringLiteral("churn"), QStringLiteral("demo")};
        const QStringList blueFirst{QStringLiteral("blue"), QStringLiteral("green")};
        const QStringList greenFirst{QStringLiteral("green"), QStringLiteral("blue")};
        const bool descending = first == Qt::DescendingOrder;
        QTRY_COMPARE_WITH_TIMEOUT(endpointOrder(), descending ? demoFirst : churnFirst, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(versions(), descending ? blueFirst : greenFirst, 10000);
        clickHeader(MonitorModel::RequestsColumn);
        QVERIFY(header->sortIndicatorOrder() != first);
        QTRY_COMPARE_WITH_TIMEOUT(endpointOrder(), descending ? churnFirst : demoFirst, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(versions(), descending ? greenFirst : blueFirst, 10000);
        // By name, as text.
        clickHeader(MonitorModel::NameColumn);
        QCOMPARE(endpointOrder(),
                 header->sortIndicatorOrder() == Qt::AscendingOrder ? churnFirst : demoFirst);
        render(QStringLiteral("monitor"));
    }

    void filterAndOnlyProblems()
    {
        auto* filter = m_console->find<QLineEdit>(QStringLiteral("monitorFilter"));
        auto* empty = m_console->find<QStackedWidget>(QStringLiteral("monitorEmptyStack"));
        QTest::keyClicks(filter, QStringLiteral("no-such-endpoint"));
        QCOMPARE(shown()->rowCount(), 0);
        QVERIFY(empty->currentIndex() == 0);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("DEM"));
        QCOMPARE(endpointOrder(), QStringList{QStringLiteral("demo")});
        QVERIFY(empty->currentIndex() == 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("green"));
        QCOMPARE(endpointOrder(), QStringList{QStringLiteral("demo")});
        QCOMPARE(shown()->rowCount(demoRow()), 1);
        filter->clear();
        auto* only = m_console->find<QCheckBox>(QStringLiteral("monitorOnlyProblems"));
        only->click();
        // Whatever the load did in the last second, only problem rows show, as many as the model counts.
        QCOMPARE(shown()->rowCount(), m_console->window->monitorModel()->problemCount());
        for (int row = 0; row < shown()->rowCount(); ++row)
            QVERIFY(shown()->index(row, 0).data(MonitorModel::ProblemRole).toBool());
        only->click();
        QCOMPARE(shown()->rowCount(), 2);
    }

    void enterOpensTheEndpoint()
    {
        auto* view = m_console->window->rollout();
        view->setCurrentWidget(m_console->window->detail());
        tree()->setFocus();
        tree()->setCurrentIndex(demoRow());
        QTest::keyClick(tree(), Qt::Key_Return);
        QVERIFY(!m_console->window->isMonitorShown());
        QCOMPARE(m_console->window->endpointsPane()->currentEndpoint(), QStringLiteral("demo"));
        // The endpoint's charts, not the version page that was showing.
        QCOMPARE(view->currentIndex(), int(widgets::EndpointRolloutView::ChartsPage));
        // And back with the shortcut.
        QTest::keyClick(m_console->window.get(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(m_console->window->isMonitorShown());
    }

    void aServerWithoutTheMonitorRouteIsSaidInASentence()
    {
        // A cluster whose server is older than GET /api/v1/monitor: every answer a 404 (tests/client's
        // scripted server), beside the real one.
        FakeHttpServer old;
        QList<FakeHttpServer::Answer> answers;
        for (int i = 0; i < 400; ++i)
            answers.append({404, R"({"error": {"code": "NotFound", "message": "No such route."}})"});
        old.script(answers);
        models::ClusterProfile profile;
        profile.name = QStringLiteral("old-cluster");
        profile.url = old.url();
        profile.adminToken = QStringLiteral("token");
        auto* session = m_console->window->attach(profile);
        m_console->window->showMonitor(true);
        auto* notice = view()->findChild<QLabel*>(QStringLiteral("monitorRouteMissing"));
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 15000); // the real cluster's rows stay below it
        QVERIFY2(notice->text().contains(session->displayName()), qPrintable(notice->text()));
        QVERIFY(notice->text().contains(QStringLiteral("/api/v1/monitor")));
        QVERIFY(shown()->rowCount() > 0);
        render(QStringLiteral("monitor-route-missing"));
        // Detached, it is no longer named.
        m_console->window->clusters()->removeSession(m_console->window->clusters()->rowOf(session));
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 5000);
        QVERIFY(view()->routeMissingText().isEmpty());
    }
};

QTEST_MAIN(MonitorViewTest)
#include "MonitorViewTest.moc"
