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

    void anUpdateReplacesOneTileAndColoursFollowLoad()
    {
        DashboardView view;
        view.setTiles(tiles(3));
        auto t = *view.tile(QStringLiteral("endpoint-002"));
        t.load = {0.5f, 1.0f, 1.2f};
        t.readyReplicas = 2;
        view.updateTile(t);
        const auto* updated = view.tile(QStringLiteral("endpoint-002"));
        QCOMPARE(updated->load, t.load);
        QCOMPARE(updated->readyReplicas, 2);
        QVERIFY(view.tile(QStringLiteral("endpoint-001"))->load.empty()); // the others stay as they were
        // An endpoint not shown yet gets a tile.
        t.endpoint = QStringLiteral("endpoint-new");
        view.updateTile(t);
        QCOMPARE(view.tileCount(), 4);
        // Busiest version at 80 of 70: above target.
        QCOMPARE(t.loadNow().value(), 80.0 / 70.0);
        QCOMPARE(DashboardView::loadColor(t.loadNow()), DashboardView::loadColor(1.2));
        QVERIFY(DashboardView::loadColor(0.7) != DashboardView::loadColor(1.2));
        QCOMPARE(DashboardView::loadColor(std::nullopt), DashboardView::loadColor({}));
        // setTiles replaces every tile.
        view.setTiles(tiles(2));
        QCOMPARE(view.tileCount(), 2);
        QVERIFY(!view.tile(QStringLiteral("endpoint-002")));
    }
};

QTEST_MAIN(DashboardViewTest)
#include "DashboardViewTest.moc"
