#include <QTest>

#include "VersionPatch.h"
#include "VersionSpec.h"

using namespace switchyard;
using nlohmann::json;

class VersionPatchTest : public QObject
{
    Q_OBJECT

private slots:
    void appliesOnlyWhatIsGiven()
    {
        VersionSpec base;
        base.versionName = "versiona";
        base.model = "churn:1";
        base.trafficPercentile = 20;
        const auto patch = VersionPatch::fromJson(json{{"traffic_percentile", 40}, {"description", "new"}});
        QVERIFY(patch.ok());
        const auto spec = patch->applyTo(base);
        QVERIFY(spec.ok());
        QCOMPARE(spec->trafficPercentile, 40);
        QCOMPARE(spec->description, std::string("new"));
        QCOMPARE(spec->cpuCores, base.cpuCores);
        QCOMPARE(spec->autoscaleMaxReplicas, base.autoscaleMaxReplicas);
    }

    void numReplicasSwitchesTheAutoscaler()
    {
        VersionSpec base;
        base.versionName = "versiona";
        base.model = "churn:1";
        auto fixed = VersionPatch::fromJson(json{{"num_replicas", 3}})->applyTo(base);
        QVERIFY(fixed.ok());
        QCOMPARE(fixed->numReplicas.value_or(0), 3);
        QVERIFY(!fixed->autoscaleEnabled);
        auto released = VersionPatch::fromJson(json{{"num_replicas", nullptr}})->applyTo(*fixed);
        QVERIFY(released.ok());
        QVERIFY(!released->numReplicas);
        QVERIFY(released->autoscaleEnabled);
        auto autoscaleOn = VersionPatch::fromJson(json{{"autoscale_enabled", true}})->applyTo(*fixed);
        QVERIFY(autoscaleOn.ok());
        QVERIFY(!autoscaleOn->numReplicas);
    }

    void roundTrip()
    {
        const json body =
            json::parse(R"({"traffic_percentile": 10, "is_default": true, "is_control_version_type": false,
            "description": "d", "tags": {"a": "b"}, "num_replicas": null, "autoscale_enabled": true,
            "autoscale_min_replicas": 2, "autoscale_max_replicas": 5, "autoscale_target_utilization": 60,
            "autoscale_refresh_seconds": 2, "replica_max_concurrent_requests": 3, "max_request_wait_time": 100,
            "scoring_timeout_ms": 900, "collect_model_data": true})");
        const auto patch = VersionPatch::fromJson(body);
        QVERIFY(patch.ok());
        QVERIFY2(patch->toJson() == body, patch->toJson().dump().c_str());
        QVERIFY(!patch->empty());
        QVERIFY(VersionPatch::fromJson(json::object())->empty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("target");
        QTest::newRow("model cannot change") << R"({"model": "churn:2"})"
                                             << "ImmutableField"
                                             << "model";
        QTest::newRow("cpu cannot change") << R"({"cpu_cores": 1})"
                                           << "ImmutableField"
                                           << "cpu_cores";
        QTest::newRow("unknown field") << R"({"speed": 1})"
                                       << "UnknownField"
                                       << "speed";
        QTest::newRow("wrong type") << R"({"is_default": "yes"})"
                                    << "InvalidType"
                                    << "is_default";
        QTest::newRow("rule 7 after merge") << R"({"autoscale_min_replicas": 20})"
                                            << "InvalidValue"
                                            << "autoscale_min_replicas";
        // Sizes are bounded, so that events pages stay small.
        const auto body = [](const std::string& field, const json& value) {
            return QString::fromStdString(json{{field, value}}.dump());
        };
        QTest::newRow("description over 1024 characters")
            << body("description", std::string(1025, 'd')) << "InvalidValue"
            << "description";
        json manyTags = json::object();
        for (int i = 0; i < 51; ++i)
            manyTags["tag" + std::to_string(i)] = "v";
        QTest::newRow("more than 50 tags") << body("tags", manyTags) << "InvalidValue"
                                           << "tags";
        QTest::newRow("tag value over 256 characters")
            << body("tags", json{{"team", std::string(257, 'v')}}) << "InvalidValue"
            << "tags.team";
        QTest::newRow("rule 2 percentile") << R"({"traffic_percentile": 150})"
                                           << "InvalidValue"
                                           << "traffic_percentile";
    }
    void refused()
    {
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, target);
        VersionSpec base;
        base.versionName = "versiona";
        base.model = "churn:1";
        const auto patch = VersionPatch::fromJson(json::parse(body.toStdString()));
        const Error error = patch ? patch->applyTo(base).error() : patch.error();
        QCOMPARE(QString::fromStdString(error.code), code);
        QCOMPARE(QString::fromStdString(error.target.value_or("")), target);
    }
};

QTEST_GUILESS_MAIN(VersionPatchTest)
#include "VersionPatchTest.moc"
