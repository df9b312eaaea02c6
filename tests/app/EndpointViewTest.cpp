#include <map>

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMouseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
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
#include "common/DialogSeam.h"
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
        // As many rows as the server has replicas of blue. The autoscaler may be moving under the load and
        // the list refreshes every 2 s, so agreement can take a while on a busy machine (21 s once on a cold
        // CI run).
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->rowCount() == replicasOnServer("blue"),
                                 60000);
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
        // Refreshed while visible: a replica's age moves on. The same replica's: the autoscaler may stop the
        // oldest one meanwhile, and a younger one is no sign of a refresh.
        std::map<std::string, std::int64_t> ages;
        for (const auto& r : model->rows())
            ages[r.id] = r.ageSeconds;
        const auto aged = [model, &ages] {
            for (const auto& r : model->rows())
                if (const auto it = ages.find(r.id); it != ages.end() && r.ageSeconds > it->second)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(aged(), 20000);
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

    // The window's Apply and Revert work only with a pending split, Promote only on a treatment selected in
    // the versions list, Rotate keys only with the keys shown: otherwise the actions are disabled (toolbar,
    // menu and shortcut alike).
    void theActionsAreEnabledOnlyWhenTheyApply()
    {
        auto* apply = m_console.find<QAction>(QStringLiteral("applyTrafficAction"));
        auto* revert = m_console.find<QAction>(QStringLiteral("revertTrafficAction"));
        auto* promote = m_console.find<QAction>(QStringLiteral("promoteAction"));
        auto* rotate = m_console.find<QAction>(QStringLiteral("rotateKeysAction"));
        QVERIFY(apply && revert && promote && rotate);
        m_console.showPage(EndpointRolloutView::TrafficPage);
        QVERIFY(!view()->isShowingEmptyState());
        QVERIFY(!apply->isEnabled());
        QVERIFY(!revert->isEnabled());
        auto* slider = m_console.find<QSlider>(QStringLiteral("trafficSlider_green"));
        QVERIFY(slider);
        const int live = slider->value();
        QTest::keyClick(slider, live < 100 ? Qt::Key_PageUp : Qt::Key_PageDown);
        QVERIFY(slider->value() != live);
        QVERIFY(apply->isEnabled());
        QVERIFY(revert->isEnabled());
        revert->trigger(); // the rows are built again, at the live split
        QCOMPARE(m_console.find<QSlider>(QStringLiteral("trafficSlider_green"))->value(), live);
        QVERIFY(!apply->isEnabled());
        QVERIFY(!revert->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), 10000); // the demo uses keys: once they are shown
        const QString control =
            QString::fromStdString(m_console.endpoint()["control_version"].get<std::string>());
        const QString treatment =
            control == QLatin1String("blue") ? QStringLiteral("green") : QStringLiteral("blue");
        auto* versions = m_console.window->versionsPane();
        QVERIFY(versions->selectVersion(treatment));
        QTRY_VERIFY(promote->isEnabled());
        QVERIFY(versions->selectVersion(control));
        QTRY_VERIFY(!promote->isEnabled()); // already the control
    }

    // With no endpoint selected (none matches the filter; the selected one was deleted; the cluster has
    // none) the endpoint's pages say what to do instead of showing empty controls, and the endpoint's
    // actions are disabled. The owner's pages (the dashboard) still show.
    void withoutAnEndpointThePagesSayWhatToDo()
    {
        auto* filter = m_console.find<QLineEdit>(QStringLiteral("endpointFilter"));
        auto* emptyText = m_console.find<QLabel>(QStringLiteral("endpointViewEmptyText"));
        QVERIFY(filter && emptyText);
        const auto actionsOff = [this] {
            for (const char* name :
                 {"applyTrafficAction", "revertTrafficAction", "promoteAction", "rotateKeysAction"})
                if (m_console.find<QAction>(QLatin1String(name))->isEnabled())
                    return false;
            return true;
        };
        m_console.showPage(EndpointRolloutView::TrafficPage);
        filter->setText(QStringLiteral("nothing-is-called-this"));
        QTRY_VERIFY(view()->isShowingEmptyState());
        QVERIFY(emptyText->isVisible());
        const QString selectOne = view()->emptyStateText();
        QVERIFY(!selectOne.isEmpty());
        QVERIFY(actionsOff());
        QVERIFY(!m_console.find<QWidget>(QStringLiteral("endpointViewEmptyAction"))->isVisible());
        // The endpoint's page buttons are off; the owner's pages need no endpoint and show. Back on an
        // endpoint page (as an action of the window would put it), the sentence shows again.
        QVERIFY(!view()->pageAction(EndpointRolloutView::ChartsPage)->isEnabled());
        view()->setCurrentWidget(m_console.window->dashboard());
        QVERIFY(!view()->isShowingEmptyState());
        QVERIFY(m_console.window->dashboard()->isVisible());
        view()->setCurrentIndex(EndpointRolloutView::ChartsPage);
        QVERIFY(view()->isShowingEmptyState());

        // The selected endpoint deleted (the only one listed): the same.
        const auto blue = m_console.api().get(QStringLiteral("/api/v1/endpoints/demo/versions/blue")).json();
        const auto created = m_console.api().post(
            QStringLiteral("/api/v1/endpoints"),
            nlohmann::json{{"name", "shortlived"},
                           {"version", {{"version_name", "only"}, {"model", blue["model"]}}}});
        QVERIFY2(created.status == 201, qPrintable(created.body));
        filter->setText(QStringLiteral("shortlived"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console.window->endpointsPane()->selectEndpoint(QStringLiteral("shortlived")), 10000);
        QTRY_VERIFY(!view()->isShowingEmptyState());
        QTRY_VERIFY_WITH_TIMEOUT(view()->pageAction(EndpointRolloutView::TrafficPage)->isEnabled(), 10000);
        const auto deleted = m_console.api().del(QStringLiteral("/api/v1/endpoints/shortlived"));
        QVERIFY2(deleted.status == 204 || deleted.status == 200, qPrintable(deleted.body));
        QTRY_VERIFY_WITH_TIMEOUT(view()->isShowingEmptyState(), 10000);
        QCOMPARE(view()->emptyStateText(), selectOne);
        QVERIFY(actionsOff());

        // Selected again: the pages and actions are back.
        filter->clear();
        QTRY_VERIFY(m_console.window->endpointsPane()->selectEndpoint(QStringLiteral("demo")));
        QTRY_VERIFY(!view()->isShowingEmptyState());
        QTRY_VERIFY_WITH_TIMEOUT(m_console.find<QAction>(QStringLiteral("rotateKeysAction"))->isEnabled(),
                                 10000);

        // A cluster without endpoints: the sentence says so, with the button that creates one.
        m_load.reset();
        const auto gone = m_console.api().del(QStringLiteral("/api/v1/endpoints/demo"));
        QVERIFY2(gone.status == 204 || gone.status == 200, qPrintable(gone.body));
        QTRY_VERIFY_WITH_TIMEOUT(view()->isShowingEmptyState(), 20000);
        QTRY_VERIFY(view()->emptyStateText() != selectOne);
        QVERIFY(actionsOff());
        auto* create = m_console.find<QPushButton>(QStringLiteral("endpointViewEmptyAction"));
        QVERIFY(create && create->isVisible());
        QPointer<QDialog> dialog;
        widgets::DialogSeam::setHook([&dialog](QDialog* shown) { dialog = shown; });
        QTest::mouseClick(create, Qt::LeftButton);
        widgets::DialogSeam::setHook({});
        QVERIFY(dialog && dialog->objectName() == QLatin1String("createEndpointDialog"));
        dialog->reject();
    }
};

QTEST_MAIN(EndpointViewTest)
#include "EndpointViewTest.moc"
