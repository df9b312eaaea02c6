#include <set>

#include <QTest>

#include "ConsoleFixture.h"
#include "CountingProxy.h"
#include "DashboardFeed.h"
#include "dashboard/DashboardPane.h"
#include "dashboard/DashboardView.h"

using namespace switchyard;

// The dashboard of the whole console against the real server, which the console reaches through a proxy
// that notes every request: the dashboard asks nothing of its own (the Monitor's poller asks once a
// second for the whole cluster, on screen or not), and a tile shown again after the dashboard was hidden
// has every second of the time it was hidden, at once.
class DashboardTest : public QObject
{
    Q_OBJECT

private:
    test::ConsoleFixture m_console;
    std::unique_ptr<test::CountingProxy> m_proxy;

    widgets::DashboardView* view() const { return m_console.window->dashboard()->view(); }
    const widgets::DashboardTile* demoTile() const { return view()->tile(QStringLiteral("demo")); }
    const models::DashboardFeed::Endpoint* demoFigures() const
    {
        const auto* endpoints = m_console.window->dashboardFeed()->endpointsOf(m_console.session());
        return endpoints && endpoints->contains("demo") ? &endpoints->at("demo") : nullptr;
    }
    void showDashboard(bool shown)
    {
        if (shown)
            m_console.window->rollout()->setCurrentWidget(m_console.window->dashboard());
        else
            m_console.showPage(widgets::EndpointRolloutView::ChartsPage);
        QCOMPARE(m_console.window->dashboard()->isVisible(), shown);
    }
    // The seconds the server holds of demo's history now (asked directly, not through the proxy).
    std::size_t serverSeconds()
    {
        const auto monitor = m_console.api().get(QStringLiteral("/api/v1/monitor?seconds=120")).json();
        std::set<std::string> seconds; // the server writes each second as a number or a time
        for (const auto& endpoint : monitor["endpoints"])
            if (endpoint["name"] == "demo")
                for (const auto& version : endpoint["versions"])
                    for (const auto& t : version["history"]["t"])
                        seconds.insert(t.dump());
        return seconds.size();
    }
    // Five seconds of requests through the proxy: one GET /api/v1/monitor a second for the whole cluster
    // (the poller's, one in flight at a time), and nothing that only the dashboard would ask for (no
    // Prometheus gauges, no history).
    void watchRequests(int* monitorRequests)
    {
        m_proxy->clear();
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(5000);
        const int seconds = int(clock.elapsed() / 1000);
        const auto seen = m_proxy->requests();
        qInfo("%d s: %lld requests: %s", seconds, qlonglong(seen.size()),
              qPrintable(seen.join(QStringLiteral(", "))));
        // (+2: a timer tick at each end of the window, and one sent before clear() but relayed after.)
        QVERIFY2(m_proxy->count(QStringLiteral("GET /api/v1/monitor")) <= seconds + 2,
                 qPrintable(seen.join(QStringLiteral(", "))));
        QCOMPARE(m_proxy->count(QStringLiteral("GET /metrics")), 0);
        QCOMPARE(m_proxy->count(QStringLiteral("GET /api/v1/monitor?seconds=0")),
                 m_proxy->count(QStringLiteral("GET /api/v1/monitor")));
        *monitorRequests = m_proxy->count(QStringLiteral("GET /api/v1/monitor"));
    }

private slots:
    void initTestCase()
    {
        m_console.attachThrough([this](const QUrl& server) {
            m_proxy = std::make_unique<test::CountingProxy>(server);
            return m_proxy->listen() ? m_proxy->url() : QUrl();
        });
        QString why;
        QVERIFY2(m_console.start(&why), qPrintable(why));
        QVERIFY(m_proxy->count(QStringLiteral("GET /api/v1/monitor")) > 0); // the console did go through it
    }

    void theDashboardAsksNothingOfItsOwn()
    {
        showDashboard(true);
        QTRY_VERIFY_WITH_TIMEOUT(demoTile() && !demoTile()->load.empty(), 20000);
        // Five seconds with the dashboard on screen, then five with it hidden: the same requests.
        int shown = 0, hidden = 0;
        watchRequests(&shown);
        QVERIFY(!QTest::currentTestFailed() && shown > 0);
        showDashboard(false);
        watchRequests(&hidden);
        QVERIFY(!QTest::currentTestFailed() && hidden > 0);
        qInfo("GET /api/v1/monitor in 5 s: %d with the dashboard shown, %d hidden", shown, hidden);
    }

    void aTileShownAgainHasNoGap()
    {
        showDashboard(true);
        QTRY_VERIFY_WITH_TIMEOUT(demoTile() && !demoTile()->load.empty(), 20000);
        showDashboard(false);
        const std::size_t before = demoTile()->load.size();
        QVERIFY(before < widgets::DashboardTile::kSparklineSamples); // the test can see it grow
        // Hidden, the pane paints nothing, but the feed goes on taking the poller's seconds.
        QTRY_VERIFY_WITH_TIMEOUT(demoFigures() && demoFigures()->load.size() >= before + 8, 30000);
        QCOMPARE(demoTile()->load.size(), before);

        // Shown again: the tile has the feed's seconds at once, before any event is processed.
        m_console.window->rollout()->setCurrentWidget(m_console.window->dashboard());
        QVERIFY(demoTile()->load.size() >= before + 8);
        QCOMPARE(demoTile()->load, demoFigures()->load);
        // No gap: about as many seconds as the server itself holds (it samples every second). The poller's
        // answer may be a second or two behind this direct request, and a late answer can skip a second
        // here and there; the eight hidden seconds missing would be more than that.
        const std::size_t server = std::min(serverSeconds(), widgets::DashboardTile::kSparklineSamples);
        qInfo("demo tile: %zu samples before it was hidden, %zu when shown again; the server holds %zu",
              before, demoTile()->load.size(), server);
        QVERIFY2(demoTile()->load.size() + 2 + server / 10 >= server, qPrintable(QString::number(server)));
    }
};

QTEST_MAIN(DashboardTest)
#include "DashboardTest.moc"
