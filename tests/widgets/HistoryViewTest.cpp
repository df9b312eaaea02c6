#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "history/EventDescription.h"
#include "history/HistoryView.h"

using namespace switchyard;
using namespace switchyard::widgets;

class HistoryViewTest : public QObject
{
    Q_OBJECT

    static EventRecord traffic(std::int64_t seq, std::map<std::string, int> from,
                               std::map<std::string, int> to)
    {
        return {seq,
                "2026-11-26T22:00:0" + std::to_string(seq % 10) + "Z",
                "churn",
                "",
                "TrafficChanged",
                {{"from", from}, {"to", to}}};
    }

private slots:
    void describesInWords()
    {
        QCOMPARE(
            EventDescription::describe(traffic(1, {{"versiona", 100}}, {{"versiona", 60}, {"versionb", 40}})),
            QStringLiteral(
                "An operator changed the split from versiona 100 % to versiona 60 %, versionb 40 %."));
        EventRecord scaled{
            2,          "",         "churn",
            "versiona", "ScaledUp", {{"from", 1}, {"to", 3}, {"reason", "utilization 92% above target 70%"}}};
        QCOMPARE(EventDescription::describe(scaled),
                 QStringLiteral(
                     "The autoscaler scaled versiona up from 1 to 3 replicas: utilization 92% above the "
                     "target of 70%."));
        EventRecord control{3, "", "churn", "", "ControlChanged", {{"from", "versiona"}, {"to", nullptr}}};
        QVERIFY(EventDescription::describe(control).contains(QStringLiteral("no control")));
        EventRecord key{4, "", "churn", "", "KeyRegenerated", {{"key_type", "Primary"}}};
        QCOMPARE(EventDescription::describe(key), QStringLiteral("An operator regenerated the primary key."));
    }

    // Servers with named operators say who: the history names them, and what the server did itself.
    void namesWhoCausedIt()
    {
        auto byOncall = traffic(5, {{"versiona", 100}}, {{"versiona", 50}, {"versionb", 50}});
        byOncall.operatorName = "oncall";
        byOncall.causedBy = "operator";
        QVERIFY2(EventDescription::describe(byOncall).startsWith(QStringLiteral("oncall changed the split")),
                 qPrintable(EventDescription::describe(byOncall)));
        EventRecord health{6, "", "churn", "versiona", "StateChanged", nlohmann::json::object()};
        health.causedBy = "health";
        QCOMPARE(EventDescription::actor(health), QStringLiteral("The cluster"));
        EventRecord scaled{7, "", "churn", "versiona", "ScaledDown", nlohmann::json::object()};
        scaled.causedBy = "autoscaler";
        QCOMPARE(EventDescription::actor(scaled), QStringLiteral("The autoscaler"));
    }

    void newestFirstAndOnlyThisEndpoint()
    {
        HistoryView view;
        EventRecord other{3, "", "other", "", "EndpointCreated", nlohmann::json::object()};
        view.setEvents(QStringLiteral("churn"),
                       {traffic(1, {}, {{"versiona", 100}}), other,
                        traffic(2, {{"versiona", 100}}, {{"versiona", 50}, {"versionb", 50}})});
        QCOMPARE(view.eventCount(), 2);
        QCOMPARE(view.view()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), 2);
        view.addEvents({{5, "", "churn", "versionb", "VersionCreated", nlohmann::json::object()},
                        traffic(2, {}, {})}); // seq 2 again: skipped
        QCOMPARE(view.eventCount(), 3);
        QCOMPARE(view.view()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), 5);
    }

    void restoreThisSplit()
    {
        HistoryView view;
        view.setEvents(QStringLiteral("churn"),
                       {traffic(1, {{"versiona", 100}}, {{"versiona", 20}, {"versionb", 80}}),
                        {2, "", "churn", "versionb", "VersionCreated", nlohmann::json::object()}});
        auto* restore = view.findChild<QPushButton*>(QStringLiteral("historyRestore"));
        view.view()->setCurrentItem(view.view()->topLevelItem(0)); // VersionCreated: nothing to restore
        QVERIFY(!restore->isEnabled());
        view.view()->setCurrentItem(view.view()->topLevelItem(1));
        QVERIFY(restore->isEnabled());
        std::optional<TrafficRequest> sent;
        connect(&view, &HistoryView::restoreSplitRequested, this,
                [&](const QString&, const TrafficRequest& r) { sent = r; });
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(sent);
        QCOMPARE(sent->traffic, (std::map<std::string, int>{{"versiona", 20}, {"versionb", 80}}));
        // The split is whole (sums to 100), so the default does not matter and is not sent.
        QVERIFY(!sent->defaultVersion);
    }
};

QTEST_MAIN(HistoryViewTest)
#include "HistoryViewTest.moc"
