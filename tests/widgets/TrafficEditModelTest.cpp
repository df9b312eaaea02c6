#include <QTest>

#include "TrafficEditModel.h"

using namespace switchyard;
using switchyard::models::TrafficEditModel;

class TrafficEditModelTest : public QObject
{
    Q_OBJECT

private:
    static TrafficPlan seed()
    {
        // versiona: old default with 20 %, versionb: 0 %, control versiona.
        return TrafficPlan({{"versiona", 20, true, true}, {"versionb", 0, false, false}});
    }

private slots:
    void followsLiveWithoutEdits()
    {
        TrafficEditModel m;
        m.setLive(seed());
        QVERIFY(!m.isPending());
        QCOMPARE(m.effectivePending().at("versiona"), 100);
        m.setLive(TrafficPlan({{"versiona", 50, true, true}, {"versionb", 50, false, false}}));
        QVERIFY(!m.isPending());
        QVERIFY(!m.liveChangedWhilePending());
        QCOMPARE(m.effectivePending().at("versionb"), 50);
    }

    void seedExampleRemainderToNewDefault()
    {
        TrafficEditModel m;
        m.setLive(seed());
        QCOMPARE(m.setPercentile("versionb", 40).applied, 40);
        QVERIFY(m.setDefault("versionb"));
        QVERIFY(m.isPending());
        QCOMPARE(m.effectivePending().at("versiona"), 20);
        QCOMPARE(m.effectivePending().at("versionb"), 80);
        QCOMPARE(m.difference().at("versiona"), -80);
        QCOMPARE(m.difference().at("versionb"), 80);
        const auto request = m.request();
        QCOMPARE(request.traffic.at("versiona"), 20);
        QCOMPARE(request.traffic.at("versionb"), 40);
        QCOMPARE(request.defaultVersion.value(), std::string("versionb"));
        QVERIFY(!request.controlVersion.has_value()); // control unchanged: not sent
    }

    void sumNeverPasses100()
    {
        TrafficEditModel m;
        m.setLive(TrafficPlan(
            {{"versiona", 0, true, false}, {"versionb", 70, false, false}, {"versionc", 0, false, false}}));
        const auto edit = m.setPercentile("versionc", 50);
        QVERIFY(edit.limited);
        QCOMPARE(edit.applied, 30);
        QCOMPARE(edit.maximum, 30);
        QCOMPARE(m.pending().configuredSum(), 100);
        QCOMPARE(m.maximumFor("versiona"), 0);
        QVERIFY(!m.setPercentile("versionc", 10).limited);
    }

    void presets()
    {
        TrafficEditModel m;
        m.setLive(TrafficPlan(
            {{"versiona", 30, true, true}, {"versionb", 30, false, false}, {"versionc", 10, false, false}}));
        QVERIFY(m.allToControl());
        QCOMPARE(m.effectivePending(),
                 (std::map<std::string, int>{{"versiona", 100}, {"versionb", 0}, {"versionc", 0}}));
        QVERIFY(m.evenSplitAmongTreatments());
        QCOMPARE(m.effectivePending(),
                 (std::map<std::string, int>{{"versiona", 0}, {"versionb", 50}, {"versionc", 50}}));
        QVERIFY(m.canary("versionc", 5));
        QCOMPARE(m.effectivePending(),
                 (std::map<std::string, int>{{"versiona", 95}, {"versionb", 0}, {"versionc", 5}}));
        m.revert();
        QVERIFY(!m.isPending());
    }

    void evenSplitOfThreeSumsTo100()
    {
        TrafficEditModel m;
        m.setLive(TrafficPlan({{"a00", 0, true, false}, {"b00", 0, false, false}, {"c00", 0, false, false}}));
        QVERIFY(m.evenSplitAmongTreatments());
        QCOMPARE(m.effectivePending(), (std::map<std::string, int>{{"a00", 34}, {"b00", 33}, {"c00", 33}}));
        QVERIFY(!m.allToControl()); // no control
    }

    void liveChangeWhilePendingIsNoticedAndRebased()
    {
        TrafficEditModel m;
        m.setLive(TrafficPlan(
            {{"versiona", 0, true, false}, {"versionb", 10, false, false}, {"versionc", 10, false, false}}));
        m.setPercentile("versionb", 30);
        // Someone else moved versionc to 60 through the API.
        m.setLive(TrafficPlan(
            {{"versiona", 0, true, false}, {"versionb", 10, false, false}, {"versionc", 60, false, false}}));
        QVERIFY(m.liveChangedWhilePending());
        QCOMPARE(m.pending().find("versionc")->trafficPercentile, 10); // the plan is kept as it was
        m.rebase();
        QVERIFY(!m.liveChangedWhilePending());
        QCOMPARE(m.pending().find("versionb")->trafficPercentile, 30); // the edit survives
        QCOMPARE(m.pending().find("versionc")->trafficPercentile, 60); // the new live value
        QCOMPARE(m.difference().at("versionb"), 20);
    }

    void discardTakesTheNewLive()
    {
        TrafficEditModel m;
        m.setLive(seed());
        m.setPercentile("versionb", 40);
        m.setLive(TrafficPlan({{"versiona", 20, true, true}, {"versionb", 5, false, false}}));
        QVERIFY(m.liveChangedWhilePending());
        m.discard();
        QVERIFY(!m.isPending());
        QCOMPARE(m.pending().find("versionb")->trafficPercentile, 5);
    }
};

QTEST_APPLESS_MAIN(TrafficEditModelTest)
#include "TrafficEditModelTest.moc"
