#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "MetricHistory.h"
#include "promote/ComparisonView.h"
#include "promote/PromotePanel.h"

using namespace switchyard;
using namespace switchyard::widgets;

class PromotePanelTest : public QObject
{
    Q_OBJECT

    static TrafficPlan live()
    {
        return TrafficPlan({{"versiona", 70, true, true}, {"versionb", 30, false, false}});
    }

    // Clicks through one promotion and returns what the panel asked for.
    static TrafficRequest promote(int scopeIndex)
    {
        PromotePanel panel;
        panel.setPlan(QStringLiteral("churn"), live());
        std::optional<TrafficRequest> sent;
        connect(&panel, &PromotePanel::trafficChangeRequested, &panel,
                [&](const QString&, const TrafficRequest& r) { sent = r; });
        panel.findChild<QComboBox*>(QStringLiteral("promoteScope"))->setCurrentIndex(scopeIndex);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("promoteToControl")), Qt::LeftButton);
        if (!sent)
            qFatal("no request");
        return *sent;
    }

private slots:
    void selectsTheTreatment()
    {
        PromotePanel panel;
        panel.setPlan(QStringLiteral("churn"), live());
        QCOMPARE(panel.selectedVersion(), QStringLiteral("versionb"));
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("promoteToControl"))->isEnabled());
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("promoteMakeTreatment"))->isEnabled());
        panel.selectVersion(QStringLiteral("versiona"));
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("promoteToControl"))->isEnabled());
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("promoteMakeTreatment"))->isEnabled());
    }

    void controlOnly()
    {
        const auto r = promote(0);
        QCOMPARE(r.traffic, (std::map<std::string, int>{{"versiona", 70}, {"versionb", 30}}));
        QCOMPARE(r.controlVersion.value().value(), std::string("versionb"));
        QVERIFY(!r.defaultVersion);
    }

    void controlAndDefault()
    {
        const auto r = promote(1);
        QCOMPARE(r.traffic, (std::map<std::string, int>{{"versiona", 70}, {"versionb", 30}}));
        QCOMPARE(r.controlVersion.value().value(), std::string("versionb"));
        QCOMPARE(r.defaultVersion.value(), std::string("versionb"));
    }

    void controlDefaultAndAllTraffic()
    {
        const auto r = promote(2);
        QCOMPARE(r.traffic, (std::map<std::string, int>{{"versionb", 100}}));
        QCOMPARE(r.controlVersion.value().value(), std::string("versionb"));
        QCOMPARE(r.defaultVersion.value(), std::string("versionb"));
    }

    void busyUntilAnswered()
    {
        PromotePanel panel;
        panel.setPlan(QStringLiteral("churn"), live());
        int count = 0;
        connect(&panel, &PromotePanel::trafficChangeRequested, &panel, [&] { ++count; });
        auto* setDefault = panel.findChild<QPushButton*>(QStringLiteral("promoteSetDefault"));
        QTest::mouseClick(setDefault, Qt::LeftButton);
        QTest::mouseClick(setDefault, Qt::LeftButton);
        QCOMPARE(count, 1);
        panel.setRequestFinished(true);
        QVERIFY(setDefault->isEnabled());
    }

    void comparisonShowsSignificance()
    {
        models::MetricHistory history;
        // 300 s at 10 rps: control 1 % errors, treatment 3 % errors.
        for (int i = 0; i < 300; ++i) {
            history.appendSample("versiona", {1000 + i, 1, 1, 0, 0, 40, 10, 0.1, 10, 50});
            history.appendSample("versionb", {1000 + i, 1, 1, 0, 0, 60, 10, 0.3, 12, 80});
        }
        ComparisonView view;
        view.setPlan(live());
        view.setHistory(&history);
        QCOMPARE(view.windowSeconds(), 60); // the last minute unless asked for more
        QCOMPARE(view.asOf(), qint64(1299));
        QVERIFY(!view.liveText().isEmpty());
        view.setWindowSeconds(300);
        auto* table = view.table();
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->item(ComparisonView::RequestsRow, 0)->text(), QStringLiteral("3000"));
        QCOMPARE(table->item(ComparisonView::ErrorRateRow, 1)->text(), QStringLiteral("3.00 %"));
        QCOMPARE(table->item(ComparisonView::ErrorRateRow, 2)->text(), QStringLiteral("+2.00 pp"));
        QVERIFY(table->item(ComparisonView::SignificanceRow, 1)->text().startsWith(QStringLiteral("yes")));
        QCOMPARE(table->item(ComparisonView::UtilizationRow, 2)->text(), QStringLiteral("+20.0 pp"));
    }
};

QTEST_MAIN(PromotePanelTest)
#include "PromotePanelTest.moc"
