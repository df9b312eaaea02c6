#include <set>

#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QScatterSeries>
#include <QTest>

#include "ConsoleFixture.h"
#include "MetricHistory.h"
#include "ScoreLoad.h"
#include "charts/MetricChart.h"
#include "charts/MetricChartsView.h"
#include "dashboard/DashboardPane.h"
#include "dashboard/DashboardView.h"
#include "common/DialogSeam.h"
#include "keys/TokenPanel.h"

using namespace switchyard;
using widgets::MetricChartsView;

// The monitoring tabs of the whole console against a real server under a bounded scoring load: the live
// charts follow the server's metrics, show the target and the scale events, and stay bounded; keys
// regenerated from the console change who may score; the token panel shows the server's times.
class MonitoringTest : public QObject
{
    Q_OBJECT

private:
    test::ConsoleFixture m_console{{QStringLiteral("--demo"), QStringLiteral("--scale-down-delay"),
                                    QStringLiteral("3"), QStringLiteral("--token-lifetime"),
                                    QStringLiteral("120")}};
    std::unique_ptr<test::ScoreLoad> m_load;
    QPointer<QDialog> m_dialog;

    MetricChartsView* charts() const { return m_console.window->rollout()->charts(); }
    int points(MetricChartsView::Chart which, int series = 0) const
    {
        return charts()->chart(which)->series(series)->count();
    }
    nlohmann::json keys()
    {
        return m_console.api().get(QStringLiteral("/api/v1/endpoints/demo/keys")).json();
    }
    int scoreWith(const QString& key)
    {
        test::HttpClient scorer(m_console.server().url(), key);
        return scorer
            .request("POST", QStringLiteral("/score/demo"), R"({"data": [[1, 2]]})", "application/json")
            .status;
    }

private slots:
    void initTestCase()
    {
        widgets::DialogSeam::setHook([this](QDialog* dialog) { m_dialog = dialog; });
        QString why;
        QVERIFY2(m_console.start(&why), qPrintable(why));
        m_console.showPage(widgets::EndpointRolloutView::ChartsPage);
        m_load = std::make_unique<test::ScoreLoad>(
            m_console.server().url(), QStringLiteral("demo"),
            QString::fromStdString(keys()["primary_key"].get<std::string>()), 6);
        m_load->start(200000, 200000);
        QTRY_VERIFY_WITH_TIMEOUT(m_load->succeeded() > 5, 10000);
    }

    void cleanupTestCase()
    {
        widgets::DialogSeam::setHook({});
        m_load.reset();
    }

    void theChartsKeepGainingPoints()
    {
        charts()->setVersion(QStringLiteral("blue"));
        QTRY_VERIFY_WITH_TIMEOUT(points(MetricChartsView::UtilizationChart) > 0, 10000);
        // New seconds keep arriving (one poll a second; how fast is for bench/, not a pass condition
        // on a loaded machine).
        const int before = points(MetricChartsView::UtilizationChart);
        QTRY_VERIFY_WITH_TIMEOUT(points(MetricChartsView::UtilizationChart) >= before + 2, 20000);
        qInfo("utilization points: %d, then %d", before, points(MetricChartsView::UtilizationChart));
        QVERIFY(points(MetricChartsView::ReplicasChart) > 0);
        QVERIFY(points(MetricChartsView::RequestsChart) > 0);
        QVERIFY(points(MetricChartsView::LatencyChart) > 0);
        // The newest requests/s point is what the server measured for that second: under load, above zero
        // (a second the loaded machine gave no request to blue is possible; the next one arrives within 1 s).
        const auto* rps = charts()->chart(MetricChartsView::RequestsChart)->series(0);
        QTRY_VERIFY_WITH_TIMEOUT(rps->count() > 0 && rps->at(rps->count() - 1).y() > 0, 10000);
    }

    void theTargetLineIsTheVersionsTarget()
    {
        const auto blue = m_console.api().get(QStringLiteral("/api/v1/endpoints/demo/versions/blue")).json();
        const double target = blue["autoscale_target_utilization"].get<double>();
        const auto* line = charts()->chart(MetricChartsView::UtilizationChart)->targetLine();
        QVERIFY(line && line->count() >= 2);
        QCOMPARE(line->at(0).y(), target);
        QCOMPARE(line->at(line->count() - 1).y(), target);
    }

    void aScaleEventAppearsAsAMarker()
    {
        // Six requests in flight at 50 ms each keep blue's single replica far above its target.
        QTRY_VERIFY_WITH_TIMEOUT(charts()->chart(MetricChartsView::ReplicasChart)->markers()->count() > 0,
                                 30000);
        const auto events = m_console.window->rollout()->metricHistory()->events();
        QVERIFY(!events.empty());
        qInfo("first scale event: %s %d -> %d", events.front().kind.c_str(), events.front().from,
              events.front().to);
    }

    void theChartMemoryStaysWithinItsWindow()
    {
        auto* history = m_console.window->rollout()->metricHistory();
        // The shortest window the history takes is 10 s: run past it and the rings stay at 10.
        history->setWindowSeconds(10);
        const auto newest = history->latestTime();
        QTRY_VERIFY_WITH_TIMEOUT(history->latestTime() >= newest + 12, 20000);
        for (const auto& version : history->versions())
            QVERIFY2(history->samples(version)->size() <= 10, version.c_str());
        QVERIFY(history->sampleCount() <= 10 * history->versions().size());
        QVERIFY(history->sampleCount() >= 10); // it did keep a full window
        history->setWindowSeconds(charts()->windowSeconds());
    }

    void regeneratingAKeyFromTheConsoleSwitchesWhoMayScore()
    {
        m_console.showPage(widgets::EndpointRolloutView::KeysPage);
        auto* field = m_console.find<QLineEdit>(QStringLiteral("keyFieldPrimary"));
        const QString old = QString::fromStdString(keys()["primary_key"].get<std::string>());
        QTRY_COMPARE_WITH_TIMEOUT(field->text(), old, 10000);
        QCOMPARE(field->echoMode(), QLineEdit::Password); // masked until revealed
        QCOMPARE(scoreWith(old), 200);
        // The zero-downtime order: clients move to the secondary key, then the primary is regenerated.
        m_load->setKey(QString::fromStdString(keys()["secondary_key"].get<std::string>()));
        // The requests already sent with the primary come back (however long a loaded machine takes).
        QTRY_COMPARE_WITH_TIMEOUT(m_load->inFlightWith(old), 0, 30000);

        QTest::mouseClick(m_console.find<QPushButton>(QStringLiteral("regenerateKeyPrimary")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("confirmationDialog"));
        QVERIFY(qobject_cast<QMessageBox*>(m_dialog.data())->text().contains(QStringLiteral("primary")));
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!field->text().isEmpty() && field->text() != old, 10000);
        const QString fresh = field->text();
        QCOMPARE(QString::fromStdString(keys()["primary_key"].get<std::string>()), fresh);
        QCOMPARE(scoreWith(old), 401);
        QCOMPARE(scoreWith(fresh), 200);
        QCOMPARE(scoreWith(QString::fromStdString(keys()["secondary_key"].get<std::string>())), 200);
    }

    void theTokenCountdownShowsTheServersTimes()
    {
        auto created = m_console.api().post(
            QStringLiteral("/api/v1/endpoints"),
            {{"name", "tokened"},
             {"auth_enabled", false},
             {"token_auth_enabled", true},
             {"version", {{"version_name", "only"}, {"model", "demo:1"}, {"num_replicas", 1}}}});
        QVERIFY2(created.status == 201, created.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_console.session()->endpoints()->rowOf("tokened") >= 0, 10000);
        QVERIFY(m_console.window->endpointsPane()->selectEndpoint(QStringLiteral("tokened")));
        m_console.showPage(widgets::EndpointRolloutView::KeysPage);
        auto* get = m_console.find<QPushButton>(QStringLiteral("getTokenButton"));
        QTRY_VERIFY_WITH_TIMEOUT(get->isVisible() && get->isEnabled(), 10000);
        QTest::mouseClick(get, Qt::LeftButton);
        auto* field = m_console.find<QLineEdit>(QStringLiteral("tokenField"));
        QTRY_VERIFY_WITH_TIMEOUT(!field->text().isEmpty(), 10000);

        // The JWT's own claims are the server's times; the panel must show those.
        const auto parts = field->text().split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 3);
        const auto claims = nlohmann::json::parse(
            QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding).toStdString());
        const qint64 exp = claims["exp"].get<qint64>();
        const auto clock = [](qint64 t) {
            return QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("HH:mm:ss"));
        };
        const QString expiry = m_console.find<QLabel>(QStringLiteral("tokenExpiry"))->text();
        QVERIFY2(expiry.startsWith(clock(exp)), qPrintable(expiry));
        const qint64 left = exp - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(left > 100 && left <= 120, qPrintable(QString::number(left))); // --token-lifetime 120
        QVERIFY2(expiry.contains(widgets::TokenPanel::countdown(left)) ||
                     expiry.contains(widgets::TokenPanel::countdown(left + 1)) ||
                     expiry.contains(widgets::TokenPanel::countdown(left - 1)),
                 qPrintable(expiry));
        // And the token scores.
        QTRY_COMPARE_WITH_TIMEOUT(test::HttpClient(m_console.server().url(), field->text())
                                      .request("POST", QStringLiteral("/score/tokened"),
                                               R"({"data": [[1, 2]]})", "application/json")
                                      .status,
                                  200, 60000);
    }

    void theDashboardFollowsEveryEndpointNotOnlyTheFocusedOne()
    {
        // "tokened" is the focused endpoint now; demo's tile must still move with the load.
        m_console.window->rollout()->setCurrentWidget(m_console.window->dashboard());
        auto* view = m_console.window->dashboard()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->tile(QStringLiteral("demo")) && view->tile(QStringLiteral("tokened")),
                                 10000);
        // Shown for the first time well into the load: the sparkline has every second the server holds for
        // demo at once (the Monitor's poller took the server's history when the console attached, and a
        // second each second since, on screen or not), not only the seconds the dashboard has been on
        // screen.
        const auto monitor = m_console.api().get(QStringLiteral("/api/v1/monitor?seconds=120")).json();
        std::set<std::string> seconds; // the server writes each second as a number or a time
        for (const auto& endpoint : monitor["endpoints"])
            if (endpoint["name"] == "demo")
                for (const auto& version : endpoint["versions"])
                    for (const auto& t : version["history"]["t"])
                        seconds.insert(t.dump());
        QVERIFY2(seconds.size() >= 10, "the test ran too briefly for the server to hold a history");
        QTRY_VERIFY_WITH_TIMEOUT(view->tile(QStringLiteral("demo"))->load.size() + 2 >= seconds.size(), 3000);
        qInfo("dashboard sparkline: %zu samples at once (the server held %zu seconds)",
              view->tile(QStringLiteral("demo"))->load.size(), seconds.size());
        QTRY_VERIFY_WITH_TIMEOUT(view->tile(QStringLiteral("demo"))->loadNow().has_value(), 10000);
        const auto before = view->tile(QStringLiteral("demo"))->load.size();
        // And the poller's answers go on sampling (a full sparkline stays full: the oldest second drops out).
        QTRY_VERIFY_WITH_TIMEOUT(view->tile(QStringLiteral("demo"))->load.size() >=
                                     std::min(before + 2, widgets::DashboardTile::kSparklineSamples),
                                 10000);
        const auto* demo = view->tile(QStringLiteral("demo"));
        QVERIFY(demo->readyReplicas >= 2);
        for (const auto& v : demo->versions)
            QCOMPARE(v.targetUtilization, 70);
        qInfo("demo tile: %d ready replicas, load %.2f of target", demo->readyReplicas, *demo->loadNow());
    }

    void scoringDuringAllOfItSucceeded()
    {
        m_load->stop();
        const auto byStatus = m_load->byStatus();
        qInfo("scoring: %d answered, %d ok, %d shed (503)", m_load->answered(), m_load->succeeded(),
              byStatus.value(503));
        // Rotated in the zero-downtime order, the key change refused nobody. A 503 is the router shedding
        // a request no replica took within max_request_wait_time, which a starved machine (the suite
        // beside other builds) can cause; every other failure is a defect.
        QVERIFY(m_load->succeeded() > 0);
        QVERIFY2(m_load->failed() == byStatus.value(503),
                 qPrintable(m_load->failures().join(QLatin1Char('\n'))));
        QVERIFY2(!byStatus.contains(401) && !byStatus.contains(403),
                 qPrintable(m_load->failures().join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(MonitoringTest)
#include "MonitoringTest.moc"
