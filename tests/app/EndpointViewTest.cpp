#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

#include "ConsoleFixture.h"
#include "FakeKubernetes.h"
#include "ReplicaTableModel.h"
#include "ScoreLoad.h"
#include "charts/MetricChart.h"
#include "charts/MetricChartsView.h"
#include "dashboard/DashboardPane.h"
#include "detail/ReplicasView.h"
#include "detail/VersionDetail.h"
#include "keys/CredentialsView.h"
#include "panes/VersionsPane.h"
#include "promote/ComparisonView.h"

using namespace switchyard;
using widgets::EndpointRolloutView;
using widgets::MetricChartsView;

// The endpoint view of the whole console against a real server under a scoring load: each of the card's
// actions (drag traffic, promote, see utilization, rotate keys) one click or one shortcut from the selected
// endpoint; the charts overlay every version with the server's points and read out a hovered second; the
// Promote page's comparison follows the load live; a version's replicas are the server's processes (or, on
// the Kubernetes backend, its pods).
class EndpointViewTest : public QObject
{
    Q_OBJECT

private:
    test::ConsoleFixture m_console;
    std::unique_ptr<test::ScoreLoad> m_load;

    EndpointRolloutView* view() const { return m_console.window->rollout(); }
    MetricChartsView* charts() const { return view()->charts(); }
    QWidget* button(int page) const { return view()->toolBar()->widgetForAction(view()->pageAction(page)); }
    // The version's replicas as the server counts them now.
    int replicasOnServer(const char* version)
    {
        const auto v = m_console.api()
                           .get(QStringLiteral("/api/v1/endpoints/demo/versions/") + QLatin1String(version))
                           .json();
        return v["replicas"]["desired"].get<int>();
    }

    // Where the server's replicas listen: its own processes on loopback, or on the Kubernetes backend
    // (SWITCHYARD_TEST_BACKEND=kubernetes) the pods, each at its pod IP.
    QStringList replicaHosts()
    {
        if (!test::ServerProcess::onKubernetes())
            return {QStringLiteral("127.0.0.1")};
        QStringList hosts;
        for (const auto& pod : m_console.server().kubernetes()->pods())
            hosts << QString::fromStdString(pod["status"].value("podIP", std::string()));
        return hosts;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_console.start(&why), qPrintable(why));
        const auto keys = m_console.api().get(QStringLiteral("/api/v1/endpoints/demo/keys")).json();
        m_load = std::make_unique<test::ScoreLoad>(
            m_console.server().url(), QStringLiteral("demo"),
            QString::fromStdString(keys["primary_key"].get<std::string>()), 4);
        m_load->start(200000, 200000);
        QTRY_VERIFY_WITH_TIMEOUT(m_load->succeeded() > 5, 10000);
    }

    void cleanupTestCase() { m_load.reset(); }

    void eachActionOfTheCardIsOneClickAway()
    {
        // From the version page (not the endpoint's), each button shows its page at once.
        view()->setCurrentWidget(m_console.window->detail());
        const std::pair<int, QWidget*> pages[] = {
            {EndpointRolloutView::TrafficPage, view()->page(EndpointRolloutView::TrafficPage)},
            {EndpointRolloutView::PromotePage, view()->comparison()->parentWidget()},
            {EndpointRolloutView::ChartsPage, charts()},
            {EndpointRolloutView::KeysPage, view()->credentials()},
        };
        for (const auto& [page, widget] : pages) {
            view()->setCurrentWidget(m_console.window->detail());
            QVERIFY(button(page) && button(page)->isVisible() && button(page)->isEnabled());
            QTest::mouseClick(button(page), Qt::LeftButton);
            QCOMPARE(view()->currentIndex(), page);
            QCOMPARE(view()->currentWidget(), widget);
            QVERIFY(widget->isVisible());
        }
    }

    void eachActionOfTheCardIsOneShortcutAwayAndInTheMenu()
    {
        QMenu* endpointMenu = nullptr;
        for (auto* action : m_console.window->menuBar()->actions())
            if (action->menu() && action->menu()->actions().contains(view()->pageAction(0)))
                endpointMenu = action->menu();
        QVERIFY(endpointMenu);
        const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
        for (int page = EndpointRolloutView::TrafficPage; page <= EndpointRolloutView::KeysPage; ++page) {
            auto* action = view()->pageAction(page);
            QVERIFY(endpointMenu->actions().contains(action)); // shown in the menu, with its shortcut
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | keys[page]));
            view()->setCurrentWidget(m_console.window->dashboard());
            QTest::keyClick(m_console.window.get(), keys[page], Qt::ControlModifier);
            QCOMPARE(view()->currentIndex(), page);
        }
        // From the Monitor too: the shortcut leaves it for the endpoint's page.
        m_console.window->showMonitor(true);
        QTest::keyClick(m_console.window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!m_console.window->isMonitorShown());
        QCOMPARE(view()->currentIndex(), int(EndpointRolloutView::ChartsPage));
    }

    void theChartsOverlayEveryVersionWithTheServersPoints()
    {
        m_console.showPage(EndpointRolloutView::ChartsPage);
        QVERIFY(charts()->version().isEmpty()); // all versions, by default
        auto* requests = charts()->chart(MetricChartsView::RequestsChart);
        auto* latency = charts()->chart(MetricChartsView::LatencyChart);
        auto* utilization = charts()->chart(MetricChartsView::UtilizationChart);
        // blue and green: requests and errors, p99 and p50, each in its version's colour.
        QTRY_COMPARE_WITH_TIMEOUT(requests->seriesCount(), 4, 10000);
        QCOMPARE(latency->seriesCount(), 4);
        QCOMPARE(utilization->seriesCount(), 2);
        for (int i = 0; i < 4; i += 2) {
            const QString name = requests->series(i)->name();
            const auto version = name.section(QLatin1Char(' '), 0, 0).toStdString();
            QVERIFY2(version == "blue" || version == "green", qPrintable(name));
            QCOMPARE(requests->series(i)->pen().color(), charts()->colorOf(version));
            QCOMPARE(requests->series(i + 1)->pen().color(), charts()->colorOf(version));
            QCOMPARE(latency->series(i)->pen().color(), charts()->colorOf(version));
        }
        QVERIFY(charts()->colorOf("blue") != charts()->colorOf("green"));
        // Real points from the server, the newest requests/s above zero under load.
        for (int i = 0; i < 4; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(requests->series(i)->count() > 0 && latency->series(i)->count() > 0,
                                     10000);
        const auto newestRequests = [requests] {
            double sum = 0;
            for (int i = 0; i < 4; i += 2)
                sum += requests->series(i)->at(requests->series(i)->count() - 1).y();
            return sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT(newestRequests() > 0, 10000);
        // The time axis starts where the data does (the server's history, not an empty 5 minutes).
        const qint64 first = qint64(utilization->series(0)->at(0).x());
        QVERIFY(utilization->rangeStart() >= first - 1000 ||
                utilization->rangeEnd() - utilization->rangeStart() <=
                    widgets::MetricChart::kMinimumSpanSeconds * 1000);
        qInfo("axis spans %lld s, first point %lld s before its end",
              (utilization->rangeEnd() - utilization->rangeStart()) / 1000,
              (utilization->rangeEnd() - first) / 1000);
    }

    void hoveringAChartReadsOutTheExactValueAndTime()
    {
        auto* requests = charts()->chart(MetricChartsView::RequestsChart);
        auto* line = requests->series(0);
        QTRY_VERIFY_WITH_TIMEOUT(line->count() > 2, 10000);
        // The busiest of the last ten seconds (a figure above zero reads better than a quiet second).
        QPointF point = line->at(line->count() - 2);
        for (int i = std::max(0, line->count() - 10); i < line->count() - 1; ++i)
            if (line->at(i).y() > point.y())
                point = line->at(i);
        // Scrolled to, as an operator would (the charts scroll in the endpoint view's height).
        m_console.find<QScrollArea>(QStringLiteral("chartsScroll"))->ensureWidgetVisible(requests);
        QTest::qWait(100);
        // At the point's second, halfway up the plot (the read-out is of the second, whatever the height).
        QPoint at = requests->positionOf(qint64(point.x()), point.y());
        at.setY(requests->mapFromScene(requests->chart()->mapToScene(requests->chart()->plotArea().center()))
                    .y());
        // The move as the viewport receives it (QTest::mouseMove goes through the window system, which the
        // offscreen platform does not route to a widget inside a scroll area of a bigger window).
        QMouseEvent move(QEvent::MouseMove, QPointF(at), requests->viewport()->mapToGlobal(QPointF(at)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(requests->viewport(), &move);
        QTRY_VERIFY2(!requests->readout().isEmpty(),
                     qPrintable(QStringLiteral("at %1,%2 in %3x%4 (visible %5), plot %6,%7 %8x%9; %10")
                                    .arg(at.x())
                                    .arg(at.y())
                                    .arg(requests->viewport()->width())
                                    .arg(requests->viewport()->height())
                                    .arg(requests->isVisible())
                                    .arg(requests->chart()->plotArea().x())
                                    .arg(requests->chart()->plotArea().y())
                                    .arg(requests->chart()->plotArea().width())
                                    .arg(requests->chart()->plotArea().height())
                                    .arg(requests->readoutAt(qint64(point.x())))));
        const QString text = requests->readout();
        qInfo("read-out: %s", qPrintable(text));
        QVERIFY(requests->readoutLabel()->isVisible());
        // The hovered second, and each version's figure at it (the server's, to the decimal).
        const QString when =
            QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"));
        QVERIFY2(text.startsWith(when), qPrintable(text));
        QVERIFY2(text.contains(line->name() + QLatin1Char(' ') +
                               QLocale().toString(point.y(), 'f', point.y() >= 100 ? 0 : 1)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("blue")) && text.contains(QStringLiteral("green")));
    }

    void thePromotePagesComparisonIsLive()
    {
        m_console.showPage(EndpointRolloutView::PromotePage);
        auto* comparison = view()->comparison();
        QVERIFY(comparison->isVisible());
        auto* table = comparison->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->columnCount(), 3, 10000); // blue (control), green, Δ green
        QVERIFY(table->horizontalHeaderItem(0)->text().startsWith(QStringLiteral("blue")));
        const auto cell = [table](int row, int column) {
            auto* item = table->item(row, column);
            return item ? item->text() : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(comparison->asOf() > 0, 10000);
        const qint64 before = comparison->asOf();
        const QString requests = cell(widgets::ComparisonView::RequestsRow, 0);
        const QString live = comparison->liveText();
        // The load keeps going: the next seconds change the figures and the time they are as of, while the
        // page is on screen.
        QTRY_VERIFY_WITH_TIMEOUT(comparison->asOf() >= before + 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(cell(widgets::ComparisonView::RequestsRow, 0) != requests, 15000);
        QVERIFY(comparison->liveText() != live);
        QVERIFY(cell(widgets::ComparisonView::RequestsRow, 0).toDouble() > 0);
        for (const int row : {widgets::ComparisonView::ErrorRateRow, widgets::ComparisonView::P50Row,
                              widgets::ComparisonView::P99Row, widgets::ComparisonView::UtilizationRow})
            QVERIFY2(!cell(row, 0).isEmpty() && !cell(row, 1).isEmpty(), qPrintable(QString::number(row)));
        // The significance the comparison computes, for the treatment.
        QVERIFY(!cell(widgets::ComparisonView::SignificanceRow, 1).isEmpty());
        qInfo("control requests %s, error rate %s, p99 %s; green differs? %s",
              qPrintable(cell(widgets::ComparisonView::RequestsRow, 0)),
              qPrintable(cell(widgets::ComparisonView::ErrorRateRow, 0)),
              qPrintable(cell(widgets::ComparisonView::P99Row, 0)),
              qPrintable(cell(widgets::ComparisonView::SignificanceRow, 1)));
    }

    void theVersionsReplicasAreTheServersProcesses()
    {
        m_console.window->versionsPane()->selectVersion(QStringLiteral("blue"));
        m_console.showPage(view()->count() - 2); // the version page
        auto* detail = m_console.window->detail();
        auto* replicas = detail->replicas();
        detail->setCurrentWidget(replicas);
        QVERIFY(replicas->isVisible());
        auto* model = replicas->model();
        // As many rows as the server has replicas of blue (the autoscaler may be moving: wait for agreement).
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->rowCount() == replicasOnServer("blue"),
                                 20000);
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto& r = model->rows()[std::size_t(row)];
            QVERIFY(!r.id.empty());
            const QString address = QString::fromStdString(r.address);
            QVERIFY2(replicaHosts().contains(address.section(QLatin1Char(':'), 0, 0)) &&
                         address.section(QLatin1Char(':'), 1).toInt() > 0,
                     r.address.c_str());
            QCOMPARE(model->index(row, models::ReplicaTableModel::AddressColumn).data().toString(),
                     QString::fromStdString(r.address));
            QVERIFY(r.ageSeconds >= 0);
        }
        QVERIFY(!replicas->statusText().isEmpty());
        // Refreshed while visible: the oldest replica's age moves on.
        const auto oldest = [model] {
            std::int64_t age = -1;
            for (const auto& r : model->rows())
                age = std::max(age, r.ageSeconds);
            return age;
        };
        const auto age = oldest();
        QTRY_VERIFY_WITH_TIMEOUT(oldest() > age, 10000);
    }

    void anUnknownVersionsReplicasSayWhy()
    {
        auto* replicas = m_console.window->detail()->replicas();
        replicas->setTarget(m_console.session(), QStringLiteral("demo"), QStringLiteral("nosuchversion"));
        QTRY_VERIFY_WITH_TIMEOUT(!replicas->statusText().isEmpty(), 10000);
        QCOMPARE(replicas->model()->rowCount(), 0);
        QVERIFY2(replicas->statusText().contains(QStringLiteral("nosuchversion")),
                 qPrintable(replicas->statusText()));
    }
};

QTEST_MAIN(EndpointViewTest)
#include "EndpointViewTest.moc"
