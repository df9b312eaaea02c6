#include <QTest>

#include "PlanNotation.h"
#include "TrafficPlan.h"

using namespace switchyard;
using namespace switchyard::test;

// Rules 1–6 of rest-api.md, row by row. A refused change must leave the plan exactly as it was.
class TrafficPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void effective_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seed: 20 % on the old default, 40 % on a new default -> 20 / 80") << "a=20,b=40d"
                                                                                         << "a=20,b=80";
        QTest::newRow("seed: 10 % and 30 % with a third version as default -> 60 % to the default")
            << "test=10,prod=30,base=0d"
            << "base=60,prod=30,test=10";
        QTest::newRow("seed: a lone first version at 20 % gets 100") << "first=20d"
                                                                     << "first=100";
        QTest::newRow("seed: 20 % default and 10 % second -> default 90") << "a=20d,b=10"
                                                                          << "a=90,b=10";
        QTest::newRow("sum of 100 leaves nothing over for the default") << "a=0d,b=100"
                                                                        << "a=0,b=100";
        QTest::newRow("remainder goes to default only") << "a=30,b=30,c=0d"
                                                        << "a=30,b=30,c=40";
        QTest::newRow("six versions") << "a=10d,b=10,c=10,d=10,e=10,f=10"
                                      << "a=50,b=10,c=10,d=10,e=10,f=10";
    }
    void effective()
    {
        QFETCH(QString, plan);
        QFETCH(QString, expected);
        const auto split = planFrom(plan).effective();
        QCOMPARE(describe(split), expected);
        int sum = 0;
        for (const auto& entry : split)
            sum += entry.second;
        QCOMPARE(sum, 100);
    }

    void addVersion_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("percent");
        QTest::addColumn<bool>("isDefault");
        QTest::addColumn<bool>("isControl");
        QTest::addColumn<QString>("expected"); // the plan after, or "error:Code:target"
        QTest::newRow("the first version is the default") << ""
                                                          << "a" << 20 << false << false << "a=20d";
        QTest::newRow("a second version is a treatment at its percentile")
            << "a=20d"
            << "b" << 10 << false << false << "a=20d,b=10";
        QTest::newRow("is_default on a new version moves the default")
            << "a=20d"
            << "b" << 40 << true << false << "a=20,b=40d";
        QTest::newRow("a second control demotes the first") << "a=20dc"
                                                            << "b" << 10 << false << true << "a=20d,b=10c";
        QTest::newRow("a seventh version is refused")
            << "a=0d,b=0,c=0,d=0,e=0,f=0"
            << "g" << 0 << false << false << "error:VersionLimitReached:version_name";
        QTest::newRow("sum 101 is refused naming the field")
            << "a=60d,b=40"
            << "c" << 1 << false << false << "error:TrafficLimitExceeded:traffic_percentile";
        QTest::newRow("sum exactly 100 is fine") << "a=60d"
                                                 << "b" << 40 << false << false << "a=60d,b=40";
        QTest::newRow("a duplicate name is a conflict")
            << "a=0d"
            << "a" << 0 << false << false << "error:AlreadyExists:version_name";
        QTest::newRow("a percentile over 100 is refused")
            << ""
            << "a" << 101 << false << false << "error:InvalidValue:traffic_percentile";
        QTest::newRow("a negative percentile is refused")
            << "a=0d"
            << "b" << -1 << false << false << "error:InvalidValue:traffic_percentile";
    }
    void addVersion()
    {
        QFETCH(QString, plan);
        QFETCH(QString, name);
        QFETCH(int, percent);
        QFETCH(bool, isDefault);
        QFETCH(bool, isControl);
        QFETCH(QString, expected);
        TrafficPlan p = planFrom(plan);
        const auto status = p.addVersion({name.toStdString(), percent, isDefault, isControl});
        check(status, p, plan, expected);
    }

    void updateVersion_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("percent");   // -1: not given
        QTest::addColumn<int>("isDefault"); // -1: not given, 0/1
        QTest::addColumn<int>("isControl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seed: second version to 40 % and default -> effective 20 / 80")
            << "a=20d,b=10"
            << "b" << 40 << 1 << 1 << "a=20,b=40dc";
        QTest::newRow("is_default false on the default is refused")
            << "a=20d,b=10"
            << "a" << -1 << 0 << -1 << "error:DefaultRequired:is_default";
        QTest::newRow("is_default false on a treatment changes nothing")
            << "a=20d,b=10"
            << "b" << -1 << 0 << -1 << "a=20d,b=10";
        QTest::newRow("making a version the control demotes the previous one")
            << "a=20dc,b=10"
            << "b" << -1 << -1 << 1 << "a=20d,b=10c";
        QTest::newRow("clearing the control leaves none") << "a=20dc,b=10"
                                                          << "a" << -1 << -1 << 0 << "a=20d,b=10";
        QTest::newRow("sum 101 names traffic_percentile")
            << "a=20d,b=10"
            << "b" << 81 << -1 << -1 << "error:TrafficLimitExceeded:traffic_percentile";
        QTest::newRow("a refused change leaves the default where it was")
            << "a=20d,b=10"
            << "b" << 90 << 1 << -1 << "error:TrafficLimitExceeded:traffic_percentile";
        QTest::newRow("unknown version") << "a=20d"
                                         << "zzz" << 5 << -1 << -1 << "error:NotFound:";
    }
    void updateVersion()
    {
        QFETCH(QString, plan);
        QFETCH(QString, name);
        QFETCH(int, percent);
        QFETCH(int, isDefault);
        QFETCH(int, isControl);
        QFETCH(QString, expected);
        TrafficPlan p = planFrom(plan);
        const auto given = [](int v) { return v < 0 ? std::nullopt : std::optional<bool>(v == 1); };
        const auto status =
            p.updateVersion(name.toStdString(), percent < 0 ? std::nullopt : std::optional(percent),
                            given(isDefault), given(isControl));
        check(status, p, plan, expected);
    }

    void reallocate_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("traffic");
        QTest::addColumn<QString>("defaultVersion"); // empty: not given
        QTest::addColumn<QString>("controlVersion"); // empty: not given; "null": clear
        QTest::addColumn<QString>("expected");
        QTest::newRow("versions not named get 0") << "a=20d,b=30,c=10"
                                                  << "b=40"
                                                  << ""
                                                  << ""
                                                  << "a=0d,b=40,c=0";
        QTest::newRow("seed split in one change: 20 % a, 40 % b, b default and control") << "a=100dc,b=0"
                                                                                         << "a=20,b=40"
                                                                                         << "b"
                                                                                         << "b"
                                                                                         << "a=20,b=40dc";
        QTest::newRow("control null clears it") << "a=0dc,b=0"
                                                << ""
                                                << ""
                                                << "null"
                                                << "a=0d,b=0";
        QTest::newRow("sum 101 names traffic") << "a=0d,b=0"
                                               << "a=50,b=51"
                                               << ""
                                               << ""
                                               << "error:TrafficLimitExceeded:traffic";
        QTest::newRow("unknown version in traffic") << "a=0d"
                                                    << "nope=10"
                                                    << ""
                                                    << ""
                                                    << "error:UnknownVersion:traffic.nope";
        QTest::newRow("unknown default") << "a=0d"
                                         << "a=10"
                                         << "nope"
                                         << ""
                                         << "error:UnknownVersion:default_version";
        QTest::newRow("unknown control") << "a=0d"
                                         << "a=10"
                                         << ""
                                         << "nope"
                                         << "error:UnknownVersion:control_version";
        QTest::newRow("percentile over 100") << "a=0d"
                                             << "a=101"
                                             << ""
                                             << ""
                                             << "error:InvalidValue:traffic.a";
    }
    void reallocate()
    {
        QFETCH(QString, plan);
        QFETCH(QString, traffic);
        QFETCH(QString, defaultVersion);
        QFETCH(QString, controlVersion);
        QFETCH(QString, expected);
        TrafficRequest request;
        for (const QString& token : traffic.split(',', Qt::SkipEmptyParts))
            request.traffic[token.section('=', 0, 0).toStdString()] = token.section('=', 1).toInt();
        if (!defaultVersion.isEmpty())
            request.defaultVersion = defaultVersion.toStdString();
        if (controlVersion == "null")
            request.controlVersion = std::optional<std::string>{};
        else if (!controlVersion.isEmpty())
            request.controlVersion = std::optional<std::string>{controlVersion.toStdString()};
        TrafficPlan p = planFrom(plan);
        check(p.reallocate(request), p, plan, expected);
    }

    void removeVersion_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a treatment can go") << "a=20d,b=10c"
                                            << "b"
                                            << "a=20d";
        QTest::newRow("the default while others exist is a conflict") << "a=20d,b=10"
                                                                      << "a"
                                                                      << "error:CannotDeleteDefault:";
        QTest::newRow("the only version is a conflict") << "a=20d"
                                                        << "a"
                                                        << "error:CannotDeleteOnlyVersion:";
        QTest::newRow("unknown version") << "a=20d"
                                         << "zzz"
                                         << "error:NotFound:";
    }
    void removeVersion()
    {
        QFETCH(QString, plan);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        TrafficPlan p = planFrom(plan);
        check(p.removeVersion(name.toStdString()), p, plan, expected);
    }

    void statusCodes()
    {
        TrafficPlan full = planFrom("a=0d,b=0,c=0,d=0,e=0,f=0");
        QCOMPARE(httpStatus(full.addVersion({"g", 0, false, false}).error().kind), 409);
        QCOMPARE(httpStatus(full.removeVersion("a").error().kind), 409);
        QCOMPARE(httpStatus(full.updateVersion("a", 101, {}, {}).error().kind), 400);
        QCOMPARE(httpStatus(full.updateVersion("x", 1, {}, {}).error().kind), 404);
    }

private:
    static void check(const Status& status, const TrafficPlan& after, const QString& before,
                      const QString& expected)
    {
        if (expected.startsWith("error:")) {
            QVERIFY2(!status.ok(), "the change should have been refused");
            const QString target = expected.section(':', 2);
            QCOMPARE(QString::fromStdString(status.error().code), expected.section(':', 1, 1));
            QCOMPARE(QString::fromStdString(status.error().target.value_or("")), target);
            QVERIFY(!status.error().message.empty());
            QCOMPARE(describe(after), describe(planFrom(before))); // nothing changed
        } else {
            QVERIFY2(status.ok(), status.ok() ? "" : status.error().message.c_str());
            QCOMPARE(describe(after), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TrafficPlanTest)
#include "TrafficPlanTest.moc"
