#include <QTest>

#include "VersionSpec.h"

using namespace switchyard;
using nlohmann::json;

class VersionSpecTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFollowTheContract()
    {
        const auto spec = VersionSpec::fromJson(json{{"version_name", "versiona"}, {"model", "churn:1"}});
        QVERIFY(spec.ok());
        QCOMPARE(spec->inferenceConfig.runtime, InferenceConfig::Runtime::Builtin);
        QCOMPARE(spec->cpuCores, 0.1);
        QCOMPARE(spec->memoryGb, 0.5);
        QVERIFY(!spec->numReplicas);
        QVERIFY(spec->autoscaleEnabled);
        QCOMPARE(spec->autoscaleMinReplicas, 1);
        QCOMPARE(spec->autoscaleMaxReplicas, 10);
        QCOMPARE(spec->autoscaleTargetUtilization, 70);
        QCOMPARE(spec->autoscaleRefreshSeconds, 1);
        QCOMPARE(spec->replicaMaxConcurrentRequests, 1);
        QCOMPARE(spec->maxRequestWaitTime, 500);
        QCOMPARE(spec->scoringTimeoutMs, 60000);
        QCOMPARE(spec->periodSeconds, 10);
        QCOMPARE(spec->initialDelaySeconds, 310);
        QCOMPARE(spec->timeoutSeconds, 2);
        QCOMPARE(spec->successThreshold, 1);
        QCOMPARE(spec->failureThreshold, 3);
        QCOMPARE(spec->trafficPercentile, 0);
        QVERIFY(!spec->isDefault);
        QVERIFY(!spec->isControlVersionType);
        QVERIFY(!spec->collectModelData);
        QCOMPARE(spec->minimumReplicas(), 1);
    }

    void numReplicasTurnsAutoscaleOff()
    {
        const auto spec =
            VersionSpec::fromJson(json{{"version_name", "fixed"}, {"model", "m:1"}, {"num_replicas", 3}});
        QVERIFY(spec.ok());
        QVERIFY(!spec->autoscaleEnabled);
        QCOMPARE(spec->minimumReplicas(), 3);
    }

    void roundTripKeepsEveryField()
    {
        const json full = json::parse(R"({
            "version_name": "versionb", "model": "churn:2",
            "inference_config": {"runtime": "command", "command": ["python3", "score.py"],
                                 "env": {"A": "1"}, "health_path": "/ready", "score_path": "/predict"},
            "cpu_cores": 0.5, "memory_gb": 1.5, "num_replicas": 2, "autoscale_enabled": false,
            "autoscale_min_replicas": 2, "autoscale_max_replicas": 7, "autoscale_target_utilization": 55,
            "autoscale_refresh_seconds": 3, "replica_max_concurrent_requests": 4, "max_request_wait_time": 900,
            "scoring_timeout_ms": 1234, "period_seconds": 5, "initial_delay_seconds": 20, "timeout_seconds": 3,
            "success_threshold": 2, "failure_threshold": 4, "traffic_percentile": 40, "is_default": true,
            "is_control_version_type": true, "collect_model_data": true, "description": "the challenger",
            "tags": {"team": "risk"}})");
        const auto spec = VersionSpec::fromJson(full);
        QVERIFY2(spec.ok(), spec.ok() ? "" : spec.error().message.c_str());
        QVERIFY2(spec->toJson() == full, spec->toJson().dump().c_str());
        const auto again = VersionSpec::fromJson(spec->toJson());
        QVERIFY(again.ok());
        QVERIFY(*again == *spec);
        const json response = spec->toResponseFields();
        QCOMPARE(response["name"].get<std::string>(), std::string("versionb"));
        QVERIFY(!response.contains("version_name"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("patch"); // merged into a valid spec
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("target");
        QTest::newRow("unknown field") << R"({"replicas": 3})"
                                       << "UnknownField"
                                       << "replicas";
        QTest::newRow("unknown inference_config field")
            << R"({"inference_config": {"runtime": "builtin", "gpu": 1}})"
            << "UnknownField"
            << "inference_config.gpu";
        QTest::newRow("wrong type") << R"({"cpu_cores": "lots"})"
                                    << "InvalidType"
                                    << "cpu_cores";
        QTest::newRow("fractional percentile") << R"({"traffic_percentile": 12.5})"
                                               << "InvalidType"
                                               << "traffic_percentile";
        QTest::newRow("bad version name") << R"({"version_name": "Version_A"})"
                                          << "InvalidName"
                                          << "version_name";
        QTest::newRow("bad model reference") << R"({"model": "churn"})"
                                             << "InvalidModelReference"
                                             << "model";
        QTest::newRow("rule 2: percentile over 100") << R"({"traffic_percentile": 101})"
                                                     << "InvalidValue"
                                                     << "traffic_percentile";
        QTest::newRow("rule 2: negative percentile") << R"({"traffic_percentile": -1})"
                                                     << "InvalidValue"
                                                     << "traffic_percentile";
        QTest::newRow("rule 7: min replicas 0") << R"({"autoscale_min_replicas": 0})"
                                                << "InvalidValue"
                                                << "autoscale_min_replicas";
        QTest::newRow("rule 7: min above max")
            << R"({"autoscale_min_replicas": 5, "autoscale_max_replicas": 4})"
            << "InvalidValue"
            << "autoscale_min_replicas";
        QTest::newRow("rule 7: max above 100") << R"({"autoscale_max_replicas": 101})"
                                               << "InvalidValue"
                                               << "autoscale_max_replicas";
        QTest::newRow("rule 7: target 0") << R"({"autoscale_target_utilization": 0})"
                                          << "InvalidValue"
                                          << "autoscale_target_utilization";
        QTest::newRow("rule 7: target 101") << R"({"autoscale_target_utilization": 101})"
                                            << "InvalidValue"
                                            << "autoscale_target_utilization";
        QTest::newRow("rule 7: zero cpu") << R"({"cpu_cores": 0})"
                                          << "InvalidValue"
                                          << "cpu_cores";
        QTest::newRow("rule 7: negative memory") << R"({"memory_gb": -1})"
                                                 << "InvalidValue"
                                                 << "memory_gb";
        QTest::newRow("rule 7: zero concurrency") << R"({"replica_max_concurrent_requests": 0})"
                                                  << "InvalidValue"
                                                  << "replica_max_concurrent_requests";
        QTest::newRow("fixed count with autoscale on") << R"({"num_replicas": 2, "autoscale_enabled": true})"
                                                       << "InvalidValue"
                                                       << "num_replicas";
        QTest::newRow("command runtime without command") << R"({"inference_config": {"runtime": "command"}})"
                                                         << "MissingField"
                                                         << "inference_config.command";
        QTest::newRow("unknown runtime") << R"({"inference_config": {"runtime": "onnx"}})"
                                         << "InvalidValue"
                                         << "inference_config.runtime";
        QTest::newRow("relative health path")
            << R"({"inference_config": {"runtime": "command", "command": ["x"], "health_path": "health"}})"
            << "InvalidValue"
            << "inference_config.health_path";
        QTest::newRow("missing model") << R"({"model": null})"
                                       << "InvalidType"
                                       << "model";
    }
    void refused()
    {
        QFETCH(QString, patch);
        QFETCH(QString, code);
        QFETCH(QString, target);
        json body{{"version_name", "versiona"}, {"model", "churn:1"}};
        body.update(json::parse(patch.toStdString()));
        const auto spec = VersionSpec::fromJson(body);
        QVERIFY(!spec.ok());
        QCOMPARE(QString::fromStdString(spec.error().code), code);
        QCOMPARE(QString::fromStdString(spec.error().target.value_or("")), target);
        QCOMPARE(httpStatus(spec.error().kind), 400);
    }

    // "demo:01" and "demo:1" are the same model version and are stored alike.
    void modelReferenceIsNormalised_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain") << "demo:1"
                               << "demo:1";
        QTest::newRow("leading zero") << "demo:01"
                                      << "demo:1";
        QTest::newRow("many leading zeros") << "demo:0007"
                                            << "demo:7";
        QTest::newRow("zero inside kept") << "demo:010"
                                          << "demo:10";
        QTest::newRow("name with dots and colons") << "my.model-v2:003"
                                                   << "my.model-v2:3";
    }
    void modelReferenceIsNormalised()
    {
        QFETCH(QString, written);
        QFETCH(QString, stored);
        const auto spec =
            VersionSpec::fromJson(json{{"version_name", "versiona"}, {"model", written.toStdString()}});
        QVERIFY2(spec.ok(), spec.ok() ? "" : spec.error().message.c_str());
        QCOMPARE(QString::fromStdString(spec->model), stored);
        QCOMPARE(QString::fromStdString(spec->toJson()["model"].get<std::string>()), stored);
    }

    void modelReferenceVersionMustBePositive_data()
    {
        QTest::addColumn<QString>("written");
        QTest::newRow("zero") << "demo:0";
        QTest::newRow("zeros") << "demo:000";
        QTest::newRow("negative") << "demo:-1";
        QTest::newRow("plus sign") << "demo:+1";
        QTest::newRow("beyond int") << "demo:99999999999";
        QTest::newRow("empty version") << "demo:";
    }
    void modelReferenceVersionMustBePositive()
    {
        QFETCH(QString, written);
        const auto spec =
            VersionSpec::fromJson(json{{"version_name", "versiona"}, {"model", written.toStdString()}});
        QVERIFY(!spec.ok());
        QCOMPARE(QString::fromStdString(spec.error().code), QStringLiteral("InvalidModelReference"));
    }

    // A version stored under older, looser limits must still load after an upgrade.
    void storedSpecReadsWithoutTheNewerRules()
    {
        json stored =
            VersionSpec::fromJson(json{{"version_name", "versiona"}, {"model", "churn:1"}})->toJson();
        stored["description"] = std::string(5000, 'd');
        stored["cpu_cores"] = 0.0015;
        QVERIFY(!VersionSpec::fromJson(stored).ok());
        const auto spec = VersionSpec::fromStored(stored);
        QVERIFY2(spec.ok(), spec.ok() ? "" : spec.error().message.c_str());
        QCOMPARE(spec->cpuCores, 0.0015);
        QCOMPARE(spec->description.size(), std::size_t(5000));
        stored["colour"] = "red"; // the fields themselves are still read strictly
        QVERIFY(!VersionSpec::fromStored(stored).ok());
    }

    void resourceAmountsOnTheUnitAccepted_data()
    {
        QTest::addColumn<double>("cpu");
        QTest::addColumn<double>("memory");
        QTest::newRow("smallest") << 0.001 << 0.001;
        QTest::newRow("decimal fractions") << 0.1 << 0.3;
        QTest::newRow("sums of fractions") << (0.1 + 0.2) << (0.7 + 0.1);
        QTest::newRow("three decimals") << 1.234 << 2.345;
        QTest::newRow("largest") << 1024.0 << 65536.0;
    }
    void resourceAmountsOnTheUnitAccepted()
    {
        QFETCH(double, cpu);
        QFETCH(double, memory);
        const auto spec = VersionSpec::fromJson(json{
            {"version_name", "versiona"}, {"model", "churn:1"}, {"cpu_cores", cpu}, {"memory_gb", memory}});
        QVERIFY2(spec.ok(), spec.ok() ? "" : spec.error().message.c_str());
    }

    // Each refusal names the rule that was broken and the value given.
    void messageStatesTheRule_data()
    {
        QTest::addColumn<QString>("patch"); // merged into a valid spec
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("cpu above the maximum") << R"({"cpu_cores": 1025})"
                                               << "cpu_cores"
                                               << "cpu_cores must be between 0.001 and 1024 cores, not 1025.";
        QTest::newRow("cpu far above the maximum")
            << R"({"cpu_cores": 1e308})"
            << "cpu_cores"
            << "cpu_cores must be between 0.001 and 1024 cores, not 1e+308.";
        QTest::newRow("cpu just above the maximum")
            << R"({"cpu_cores": 1024.001})"
            << "cpu_cores"
            << "cpu_cores must be between 0.001 and 1024 cores, not 1024.001.";
        QTest::newRow("zero cpu") << R"({"cpu_cores": 0})"
                                  << "cpu_cores"
                                  << "cpu_cores must be between 0.001 and 1024 cores, not 0.";
        // The smallest unit is 0.001 cores: 5e-324 would be accepted and reserve nothing.
        QTest::newRow("cpu below the smallest unit")
            << R"({"cpu_cores": 5e-324})"
            << "cpu_cores"
            << "cpu_cores must be between 0.001 and 1024 cores, not 5e-324.";
        QTest::newRow("cpu half a unit") << R"({"cpu_cores": 0.0005})"
                                         << "cpu_cores"
                                         << "cpu_cores must be between 0.001 and 1024 cores, not 0.0005.";
        QTest::newRow("cpu finer than the unit")
            << R"({"cpu_cores": 0.0015})"
            << "cpu_cores"
            << "cpu_cores must be a whole number of 0.001 cores (the smallest unit), not 0.0015.";
        QTest::newRow("memory below the smallest unit")
            << R"({"memory_gb": 5e-324})"
            << "memory_gb"
            << "memory_gb must be between 0.001 and 65536 GB, not 5e-324.";
        QTest::newRow("memory finer than the unit")
            << R"({"memory_gb": 0.5004})"
            << "memory_gb"
            << "memory_gb must be a whole number of 0.001 GB (the smallest unit), not 0.5004.";
        QTest::newRow("description over the limit")
            << QString::fromStdString(json{{"description", std::string(1025, 'd')}}.dump()) << "description"
            << "description must be at most 1024 characters, not 1025.";
        QTest::newRow("tag value over the limit")
            << QString::fromStdString(json{{"tags", {{"team", std::string(300, 'v')}}}}.dump()) << "tags.team"
            << "The value of tag 'team' must be at most 256 characters, not 300.";
        QTest::newRow("memory above the maximum")
            << R"({"memory_gb": 65537})"
            << "memory_gb"
            << "memory_gb must be between 0.001 and 65536 GB, not 65537.";
        QTest::newRow("negative memory") << R"({"memory_gb": -1})"
                                         << "memory_gb"
                                         << "memory_gb must be between 0.001 and 65536 GB, not -1.";
        QTest::newRow("max replicas 0") << R"({"autoscale_max_replicas": 0})"
                                        << "autoscale_max_replicas"
                                        << "autoscale_max_replicas must be between 1 and 100, not 0.";
        QTest::newRow("max replicas 101") << R"({"autoscale_max_replicas": 101})"
                                          << "autoscale_max_replicas"
                                          << "autoscale_max_replicas must be between 1 and 100, not 101.";
        QTest::newRow("min replicas 101") << R"({"autoscale_min_replicas": 101})"
                                          << "autoscale_min_replicas"
                                          << "autoscale_min_replicas must be between 1 and 100, not 101.";
        QTest::newRow("min replicas 0") << R"({"autoscale_min_replicas": 0})"
                                        << "autoscale_min_replicas"
                                        << "autoscale_min_replicas must be between 1 and 100, not 0.";
        QTest::newRow("num_replicas 101") << R"({"num_replicas": 101})"
                                          << "num_replicas"
                                          << "num_replicas must be between 1 and 100, not 101.";
        QTest::newRow("num_replicas wrapping to -1")
            << R"({"num_replicas": 18446744073709551615})"
            << "num_replicas"
            << "The field 'num_replicas' must be a whole number between -2147483648 and 2147483647, not "
               "18446744073709551615.";
        QTest::newRow("num_replicas just above int")
            << R"({"num_replicas": 2147483648})"
            << "num_replicas"
            << "The field 'num_replicas' must be a whole number between -2147483648 and 2147483647, not "
               "2147483648.";
        QTest::newRow("scoring timeout as a huge float")
            << R"({"scoring_timeout_ms": 1e20})"
            << "scoring_timeout_ms"
            << "The field 'scoring_timeout_ms' must be a whole number between -2147483648 and 2147483647, "
               "not 1e+20.";
        QTest::newRow("scoring timeout 0") << R"({"scoring_timeout_ms": 0})"
                                           << "scoring_timeout_ms"
                                           << "scoring_timeout_ms must be between 1 and 3600000 ms, not 0.";
    }
    void messageStatesTheRule()
    {
        QFETCH(QString, patch);
        QFETCH(QString, target);
        QFETCH(QString, message);
        json body{{"version_name", "versiona"}, {"model", "churn:1"}};
        body.update(json::parse(patch.toStdString()));
        const auto spec = VersionSpec::fromJson(body);
        QVERIFY(!spec.ok());
        QCOMPARE(QString::fromStdString(spec.error().target.value_or("")), target);
        QCOMPARE(QString::fromStdString(spec.error().message), message);
        QCOMPARE(httpStatus(spec.error().kind), 400);
    }
};

QTEST_GUILESS_MAIN(VersionSpecTest)
#include "VersionSpecTest.moc"
