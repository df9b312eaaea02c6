// MonitorSnapshot (GET /api/v1/monitor): the contract's example read field by field, tolerance of missing
// fields, strictness on types, null latencies, history times in either form, and the same figures under a
// C locale whose decimal separator is a comma (the console runs in the user's locale).
#include <clocale>
#include <cmath>

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <nlohmann/json.hpp>

#include "api/HealthState.h"
#include "api/MonitorSnapshot.h"

using namespace switchyard;
using nlohmann::json;

class MonitorSnapshotTest : public QObject
{
    Q_OBJECT

private:
    static const char* example()
    {
        return R"({
          "time": "2026-12-01T05:00:01Z", "interval_seconds": 1,
          "cluster": {"name": "local", "backend": "local", "backend_state": "ok"},
          "endpoints": [{
            "name": "churn", "state": "Healthy", "default_version": "blue", "control_version": "blue",
            "versions": [{
              "name": "blue", "state": "Healthy", "error": null, "is_default": true, "is_control": true,
              "traffic_percentile": 70, "effective_percent": 70.0, "requests_per_second": 12.5,
              "client_errors_per_second": 0.25, "server_errors_per_second": 1.0,
              "latency_ms_p50": 3.1, "latency_ms_p99": 9.8, "utilization": 37.5, "target_utilization": 70,
              "replicas": {"desired": 2, "ready": 2, "busy": 1}, "min_replicas": 1, "max_replicas": 10,
              "queued_requests": 0,
              "history": {"t": ["2026-12-01T04:59:59Z", "2026-12-01T05:00:00Z"],
                          "requests_per_second": [11.5, 12.5], "errors_per_second": [0, 1.25],
                          "latency_ms_p50": [null, 3.1], "latency_ms_p99": [null, 9.8],
                          "utilization": [30, 37.5], "ready_replicas": [2, 2], "replicas": [2, 2],
                          "busy_replicas": [1, 1], "queued_requests": [0, 0]}
            }, {
              "name": "green", "state": "Failed", "error": "the model file is missing",
              "is_default": false, "is_control": false, "traffic_percentile": 30, "effective_percent": 30,
              "requests_per_second": 0, "latency_ms_p50": null, "latency_ms_p99": null
            }]
          }]
        })";
    }

    static MonitorSnapshot parse(const char* text)
    {
        auto parsed = MonitorSnapshot::fromJson(json::parse(text));
        if (!parsed)
            qFatal("%s", parsed.error().message.c_str());
        return std::move(parsed).value();
    }

    // A C locale with a decimal comma, made from glibc's sources when the machine has none installed.
    static bool useCommaLocale()
    {
        for (const char* name : {"it_IT.UTF-8", "it_IT.utf8", "de_DE.UTF-8"})
            if (std::setlocale(LC_ALL, name))
                return true;
        const QString localedef = QStandardPaths::findExecutable(QStringLiteral("localedef"));
        if (localedef.isEmpty())
            return false;
        const QString build = qEnvironmentVariable("SWITCHYARD_BUILD_DIR", QDir::tempPath());
        const QString dir = QDir(build).filePath(QStringLiteral("test-locales"));
        QDir().mkpath(dir);
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("it_IT.UTF-8")))) {
            QProcess::execute(localedef,
                              {QStringLiteral("-i"), QStringLiteral("it_IT"), QStringLiteral("-f"),
                               QStringLiteral("UTF-8"), QDir(dir).filePath(QStringLiteral("it_IT.UTF-8"))});
        }
        qputenv("LOCPATH", dir.toLocal8Bit());
        return std::setlocale(LC_ALL, "it_IT.UTF-8") != nullptr;
    }

    static void verifyExample(const MonitorSnapshot& s)
    {
        QCOMPARE(s.time, std::string("2026-12-01T05:00:01Z"));
        QCOMPARE(s.intervalSeconds, 1);
        QCOMPARE(s.clusterName, std::string("local"));
        QCOMPARE(s.backendState, std::string("ok"));
        QCOMPARE(s.endpoints.size(), std::size_t(1));
        const auto& e = s.endpoints[0];
        QCOMPARE(e.name, std::string("churn"));
        QCOMPARE(e.defaultVersion, std::string("blue"));
        QCOMPARE(e.versions.size(), std::size_t(2));
        const auto& blue = e.versions[0];
        QVERIFY(healthStateFromString(blue.state) == HealthState::Healthy);
        QVERIFY(!blue.error);
        QVERIFY(blue.isDefault && blue.isControl);
        QCOMPARE(blue.trafficPercentile, 70.0);
        QCOMPARE(blue.requestsPerSecond, 12.5);
        QCOMPARE(blue.clientErrorsPerSecond, 0.25);
        QCOMPARE(blue.serverErrorsPerSecond, 1.0);
        QCOMPARE(blue.latencyMsP50, 3.1);
        QCOMPARE(blue.latencyMsP99, 9.8);
        QCOMPARE(blue.utilization, 37.5);
        QCOMPARE(blue.targetUtilization, 70.0);
        QCOMPARE(blue.desiredReplicas, 2.0);
        QCOMPARE(blue.busyReplicas, 1.0);
        QCOMPARE(blue.maxReplicas, 10.0);
        QCOMPARE(blue.history.size(), std::size_t(2));
        QCOMPARE(blue.history.t[1] - blue.history.t[0], std::int64_t(1));
        QCOMPARE(blue.history.t[1], std::int64_t(1796101200)); // 2026-12-01T05:00:00Z
        QCOMPARE(blue.history.requestsPerSecond[0], 11.5);
        QCOMPARE(blue.history.errorsPerSecond[1], 1.25);
        QCOMPARE(blue.history.utilization[1], 37.5);
        QVERIFY(std::isnan(blue.history.latencyMsP99[0]));
        const auto& green = e.versions[1];
        QVERIFY(healthStateFromString(green.state) == HealthState::Failed);
        QCOMPARE(green.error.value_or(""), std::string("the model file is missing"));
        QVERIFY(std::isnan(green.latencyMsP50));
        QVERIFY(std::isnan(green.latencyMsP99));
        QCOMPARE(green.history.size(), std::size_t(0));
    }

private slots:
    void readsTheContractsExample() { verifyExample(parse(example())); }

    void roundTrips()
    {
        const auto s = parse(example());
        auto again = MonitorSnapshot::fromJson(s.toJson());
        QVERIFY(again.ok());
        verifyExample(again.value());
        QVERIFY(s.toJson()["endpoints"][0]["versions"][1]["latency_ms_p99"].is_null());
    }

    void historyTimesMayBeUnixSeconds()
    {
        auto j = json::parse(example());
        j["endpoints"][0]["versions"][0]["history"]["t"] = {1796101199, 1796101200};
        auto s = MonitorSnapshot::fromJson(j);
        QVERIFY(s.ok());
        verifyExample(s.value());
    }

    void missingFieldsKeepDefaults()
    {
        const auto s =
            parse(R"({"endpoints": [{"name": "a", "versions": [{"name": "v"}]}], "added_later": 1})");
        QCOMPARE(s.intervalSeconds, 1);
        const auto& v = s.endpoints[0].versions[0];
        QCOMPARE(v.requestsPerSecond, 0.0);
        QCOMPARE(v.targetUtilization, 70.0);
        QVERIFY(std::isnan(v.latencyMsP99));
        QCOMPARE(v.history.size(), std::size_t(0));
        QCOMPARE(parse("{}").endpoints.size(), std::size_t(0));
    }

    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("figure as string")
            << R"({"endpoints": [{"name": "a", "versions": [{"requests_per_second": "12.5"}]}]})";
        QTest::newRow("endpoints not an array") << R"({"endpoints": {}})";
        QTest::newRow("replicas not an object") << R"({"endpoints": [{"versions": [{"replicas": 2}]}]})";
        QTest::newRow("history time not RFC 3339")
            << R"({"endpoints": [{"versions": [{"history": {"t": ["yesterday"]}}]}]})";
        QTest::newRow("history sample as string")
            << R"({"endpoints": [{"versions": [{"history": {"requests_per_second": ["1"]}}]}]})";
        QTest::newRow("not an object") << R"([1, 2])";
    }

    void wrongTypesAreErrors()
    {
        QFETCH(QString, body);
        QVERIFY(!MonitorSnapshot::fromJson(json::parse(body.toStdString())).ok());
    }

    // The console sets the C locale from the environment; a decimal comma must not cut 37.5 to 37.
    void readsTheSameUnderADecimalCommaLocale()
    {
        const std::string saved = std::setlocale(LC_ALL, nullptr);
        if (!useCommaLocale())
            QSKIP("no it_IT locale on this machine and no localedef to make one");
        QCOMPARE(std::string(std::localeconv()->decimal_point), std::string(","));
        const auto s = parse(example());
        const auto again = MonitorSnapshot::fromJson(json::parse(s.toJson().dump()));
        std::setlocale(LC_ALL, saved.c_str());
        verifyExample(s);
        QVERIFY(again.ok());
        verifyExample(again.value());
    }
};

QTEST_GUILESS_MAIN(MonitorSnapshotTest)
#include "tst_MonitorSnapshot.moc"
