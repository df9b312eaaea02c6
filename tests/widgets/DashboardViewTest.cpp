#include <QSignalSpy>
#include <QTest>

#include "dashboard/DashboardView.h"

using namespace switchyard;
using namespace switchyard::widgets;

class DashboardViewTest : public QObject
{
    Q_OBJECT

    static std::vector<DashboardTile> tiles(int count)
    {
        std::vector<DashboardTile> all;
        for (int i = 0; i < count; ++i) {
            DashboardTile t;
            t.endpoint = QStringLiteral("endpoint-%1").arg(i, 3, 10, QLatin1Char('0'));
            t.state = HealthState::Healthy;
            t.versions = {{"versiona", 60, 50.0, 70, true}, {"versionb", 40, 80.0, 70, false}};
            t.desiredReplicas = 3;
            t.readyReplicas = 3;
            all.push_back(t);
        }
        return all;
    }

private slots:
    void clickOpensTheEndpoint()
    {
        DashboardView view;
        view.resize(800, 600);
        view.setTiles(tiles(200));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.tileCount(), 200);
        QSignalSpy spy(&view, &DashboardView::endpointActivated);
        const QRect second = view.tileRect(1);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, second.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("endpoint-001"));
        QCOMPARE(view.tileAt(QPoint(1, 1)), -1); // the gap
    }

    void keyboardOpensToo()
    {
        DashboardView view;
        view.resize(800, 600);
        view.setTiles(tiles(10));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &DashboardView::endpointActivated);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("endpoint-001"));
    }

    void sparklineIsBoundedAndColoursFollowLoad()
    {
        DashboardView view;
        view.setTiles(tiles(3));
        auto t = *view.tile(QStringLiteral("endpoint-002"));
        for (int i = 0; i < 500; ++i)
            view.updateTile(t);
        QCOMPARE(view.tile(QStringLiteral("endpoint-002"))->load.size(), DashboardTile::kSparklineSamples);
        // Busiest version at 80 of 70: above target.
        QCOMPARE(t.loadNow().value(), 80.0 / 70.0);
        QCOMPARE(DashboardView::loadColor(t.loadNow()), DashboardView::loadColor(1.2));
        QVERIFY(DashboardView::loadColor(0.7) != DashboardView::loadColor(1.2));
        // setTiles keeps the sparklines of endpoints that stay.
        view.setTiles(tiles(3));
        QCOMPARE(view.tile(QStringLiteral("endpoint-002"))->load.size(), DashboardTile::kSparklineSamples);
    }

    void sparklineStartsFromTheServersHistory()
    {
        // Two versions over the same seconds (one with a gap and a second the other lacks): each second
        // takes the busier version relative to its own target, in time order.
        MonitorSnapshot::Endpoint endpoint;
        endpoint.name = "endpoint-001";
        MonitorSnapshot::Version a, b;
        a.name = "versiona";
        a.history.t = {100, 101, 102};
        a.history.utilization = {35.0, MonitorSnapshot::kNoValue, 140.0};
        a.history.targetUtilization = 70;
        b.name = "versionb";
        b.history.t = {99, 100, 101};
        b.history.utilization = {10.0, 25.0, 50.0};
        b.history.targetUtilization = 50;
        endpoint.versions = {a, b};
        const auto load = DashboardTile::loadHistory(endpoint);
        QCOMPARE(load.size(), std::size_t(4));
        QCOMPARE(load[0], 0.2f); // 99: b 10/50
        QCOMPARE(load[1], 0.5f); // 100: max(a 35/70, b 25/50)
        QCOMPARE(load[2], 1.0f); // 101: a has no sample, b 50/50
        QCOMPARE(load[3], 2.0f); // 102: a 140/70
        // Longer than the sparkline: the newest seconds stay.
        MonitorSnapshot::Endpoint busy;
        MonitorSnapshot::Version v;
        for (int i = 0; i < 300; ++i) {
            v.history.t.push_back(i);
            v.history.utilization.push_back(i);
        }
        busy.versions = {v};
        const auto bounded = DashboardTile::loadHistory(busy);
        QCOMPARE(bounded.size(), DashboardTile::kSparklineSamples);
        QCOMPARE(bounded.back(), 299.0f / 70.0f);

        // A tile takes the history only when it is longer than what it has sampled itself.
        DashboardView view;
        view.setTiles(tiles(2));
        view.backfillLoad(QStringLiteral("endpoint-001"), load);
        QCOMPARE(view.tile(QStringLiteral("endpoint-001"))->load.size(), std::size_t(4));
        view.backfillLoad(QStringLiteral("endpoint-001"), {0.5f});
        QCOMPARE(view.tile(QStringLiteral("endpoint-001"))->load.size(), std::size_t(4));
        view.backfillLoad(QStringLiteral("no-such-endpoint"), load); // ignored
        QCOMPARE(view.tile(QStringLiteral("endpoint-000"))->load.size(), std::size_t(0));
    }
};

QTEST_MAIN(DashboardViewTest)
#include "DashboardViewTest.moc"
