#include <QTest>

#include "PromotionRequests.h"

using namespace switchyard;
using switchyard::models::PromotionRequests;
using Scope = PromotionRequests::Scope;

class PromotionRequestsTest : public QObject
{
    Q_OBJECT

    static TrafficPlan live()
    {
        // control versiona (default, 70), treatment versionb 30.
        return TrafficPlan({{"versiona", 70, true, true}, {"versionb", 30, false, false}});
    }
    // What the server would make of the request.
    static TrafficPlan applied(const TrafficRequest& request)
    {
        TrafficPlan plan = live();
        const auto status = plan.reallocate(request);
        if (!status)
            qFatal("request rejected: %s", status.error().message.c_str());
        return plan;
    }

private slots:
    void controlOnly()
    {
        const auto r = PromotionRequests::promoteToControl(live(), "versionb", Scope::ControlOnly);
        QVERIFY(!r.defaultVersion);
        QCOMPARE(r.controlVersion.value().value(), std::string("versionb"));
        const auto plan = applied(r);
        QCOMPARE(plan.controlVersion().value(), std::string("versionb"));
        QCOMPARE(plan.defaultVersion().value(), std::string("versiona"));
        QCOMPARE(plan.effective(), (std::map<std::string, int>{{"versiona", 70}, {"versionb", 30}}));
    }

    void controlAndDefault()
    {
        const auto plan =
            applied(PromotionRequests::promoteToControl(live(), "versionb", Scope::ControlAndDefault));
        QCOMPARE(plan.controlVersion().value(), std::string("versionb"));
        QCOMPARE(plan.defaultVersion().value(), std::string("versionb"));
        QCOMPARE(plan.effective(), (std::map<std::string, int>{{"versiona", 70}, {"versionb", 30}}));
    }

    void controlDefaultAndAllTraffic()
    {
        const auto plan =
            applied(PromotionRequests::promoteToControl(live(), "versionb", Scope::ControlDefaultAndTraffic));
        QCOMPARE(plan.controlVersion().value(), std::string("versionb"));
        QCOMPARE(plan.defaultVersion().value(), std::string("versionb"));
        QCOMPARE(plan.effective(), (std::map<std::string, int>{{"versiona", 0}, {"versionb", 100}}));
    }

    void setAsDefaultKeepsSplit()
    {
        const auto plan = applied(PromotionRequests::setAsDefault(live(), "versionb"));
        QCOMPARE(plan.defaultVersion().value(), std::string("versionb"));
        QCOMPARE(plan.controlVersion().value(), std::string("versiona"));
        QCOMPARE(plan.effective(), (std::map<std::string, int>{{"versiona", 70}, {"versionb", 30}}));
    }

    void makeTreatmentClearsControl()
    {
        const auto r = PromotionRequests::makeTreatment(live());
        QVERIFY(r.controlVersion.has_value());
        QVERIFY(!r.controlVersion->has_value());
        QVERIFY(!applied(r).controlVersion().has_value());
    }
};

QTEST_APPLESS_MAIN(PromotionRequestsTest)
#include "PromotionRequestsTest.moc"
