// The response types of core/api: round trips, leniency to newer servers, strictness on types.
#include <QTest>

#include <nlohmann/json.hpp>

#include "api/ClusterInfo.h"
#include "api/EndpointInfo.h"
#include "api/EndpointSummary.h"
#include "api/EventPage.h"
#include "api/KeySet.h"
#include "api/MetricsPage.h"
#include "api/ModelInfo.h"
#include "api/VersionInfo.h"

using namespace switchyard;
using nlohmann::json;

class ApiTypesTest : public QObject
{
    Q_OBJECT

private:
    static json versionJson()
    {
        return json::parse(R"({"name": "versiona", "model": "churn:1", "traffic_percentile": 20,
            "is_default": true, "state": "Healthy", "effective_traffic": 60,
            "replicas": {"desired": 2, "ready": 2, "busy": 1},
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:01Z"})");
    }

private slots:
    void versionRoundTrip()
    {
        auto v = VersionInfo::fromJson(versionJson());
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
        QCOMPARE(v->name(), std::string("versiona"));
        QCOMPARE(v->spec.trafficPercentile, 20);
        QCOMPARE(toString(v->state), std::string("Healthy"));
        QCOMPARE(v->effectiveTraffic, 60);
        QCOMPARE(v->replicas.busy, 1);
        QVERIFY(!v->error);
        auto again = VersionInfo::fromJson(v->toJson());
        QVERIFY(again.ok());
        QVERIFY(again.value() == v.value());
        QVERIFY(v->toJson().at("name") == json("versiona"));
        QVERIFY(!v->toJson().contains("version_name"));
    }

    void unknownFieldsAreIgnored()
    {
        auto j = versionJson();
        j["added_in_v2"] = {{"x", 1}};
        j["replicas"]["pending"] = 3;
        j["state"] = "Hibernating";
        auto v = VersionInfo::fromJson(j);
        QVERIFY(v.ok());
        QCOMPARE(toString(v->state), std::string("Unknown"));
    }

    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("percent as string") << "traffic_percentile"
                                           << R"("20")";
        QTest::newRow("effective as float") << "effective_traffic"
                                            << "20.5";
        QTest::newRow("replicas not object") << "replicas"
                                             << "3";
        QTest::newRow("default as number") << "is_default"
                                           << "1";
        QTest::newRow("error as number") << "error"
                                         << "7";
    }

    void wrongTypesAreErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto j = versionJson();
        j[field.toStdString()] = json::parse(value.toStdString());
        auto v = VersionInfo::fromJson(j);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, std::string("InvalidType"));
    }

    void endpointWithVersions()
    {
        json j = {{"name", "churn"},
                  {"description", ""},
                  {"tags", {{"team", "a"}}},
                  {"state", "Unhealthy"},
                  {"auth_mode", "token"},
                  {"scoring_uri", "http://x/score/churn"},
                  {"default_version", "versiona"},
                  {"control_version", nullptr},
                  {"traffic", {{"versiona", 100}}},
                  {"versions", json::array({versionJson()})},
                  {"created_at", "t"},
                  {"updated_at", "u"}};
        auto e = EndpointInfo::fromJson(j);
        QVERIFY2(e.ok(), e.ok() ? "" : e.error().message.c_str());
        QCOMPARE(toString(e->authMode), std::string("token"));
        QVERIFY(!e->controlVersion);
        QVERIFY(e->findVersion("versiona"));
        QCOMPARE(e->traffic.at("versiona"), 100);
        auto again = EndpointInfo::fromJson(e->toJson());
        QVERIFY(again.ok() && again.value() == e.value());
        j["auth_mode"] = "magic";
        QVERIFY(!EndpointInfo::fromJson(j).ok());
        j["auth_mode"] = "key";
        j["traffic"]["versiona"] = "100";
        QVERIFY(!EndpointInfo::fromJson(j).ok());
    }

    void listsAndSmallTypes()
    {
        auto models = ModelInfo::listFromJson(json::parse(
            R"({"models": [{"name": "churn", "version": 2, "sha256": "ab", "size_bytes": 5000000000, "created_at": "t"}]})"));
        QVERIFY(models.ok());
        QCOMPARE(models->at(0).sizeBytes, std::int64_t(5000000000));
        QCOMPARE(models->at(0).reference(), std::string("churn:2"));
        QVERIFY(!ModelInfo::listFromJson(json::parse(R"({"models": {}})")).ok());

        auto endpoints = EndpointSummary::listFromJson(json::parse(
            R"({"endpoints": [{"name": "churn", "state": "Healthy", "auth_mode": "none", "scoring_uri": "u",
                "version_count": 2, "default_version": "a", "control_version": "b", "traffic": {"a": 70, "b": 30}}]})"));
        QVERIFY(endpoints.ok());
        QCOMPARE(endpoints->at(0).controlVersion.value(), std::string("b"));

        auto cluster = ClusterInfo::fromJson(json::parse(
            R"({"name": "local", "purpose": "DevTest", "autoscaler_enabled": false, "backend": "local",
                "capacity": {"cpu_cores": 2.0, "memory_gb": 24.0}, "allocated": {"cpu_cores": 0.4, "memory_gb": 2},
                "server_version": "0.1.0", "endpoint_count": 1, "new_field": true})"));
        QVERIFY(cluster.ok());
        QCOMPARE(cluster->capacity.memoryGb, 24.0);
        QVERIFY(ClusterInfo::fromJson(cluster->toJson()).value() == cluster.value());
        // An older server sends no backend fields: the local backend, ok.
        QCOMPARE(cluster->namespaceName, std::string());
        QCOMPARE(cluster->backendState, std::string("ok"));
        QVERIFY(!cluster->degraded());

        auto keys = KeySet::fromJson(json::parse(R"({"primary_key": "p", "secondary_key": "s"})"));
        QVERIFY(keys.ok());
        QVERIFY(!KeySet::fromJson(json::parse(R"({"primary_key": 1, "secondary_key": "s"})")).ok());
    }

    void clusterBackend_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("degraded");
        QTest::addColumn<QString>("message");
        QTest::newRow("local, nulls") << R"({"backend": "local", "namespace": null, "backend_state": "ok",
            "backend_message": null})"
                                      << "local"
                                      << "" << false << "";
        QTest::newRow("kubernetes, ok") << R"({"backend": "kubernetes", "namespace": "ml-prod",
            "backend_state": "ok", "backend_message": null})"
                                        << "kubernetes"
                                        << "ml-prod" << false << "";
        QTest::newRow("kubernetes, degraded")
            << R"({"backend": "kubernetes", "namespace": "ml", "backend_state": "degraded",
            "backend_message": "The Kubernetes API server is unreachable."})"
            << "kubernetes"
            << "ml" << true << "The Kubernetes API server is unreachable.";
        QTest::newRow("a state a newer server adds") << R"({"backend": "kubernetes", "namespace": "ml",
            "backend_state": "draining", "backend_message": "Moving."})"
                                                     << "kubernetes"
                                                     << "ml" << true << "Moving.";
    }
    void clusterBackend()
    {
        QFETCH(QString, body);
        auto cluster = ClusterInfo::fromJson(json::parse(body.toStdString()));
        QVERIFY2(cluster.ok(), cluster.ok() ? "" : cluster.error().message.c_str());
        QTEST(QString::fromStdString(cluster->backend), "backend");
        QTEST(QString::fromStdString(cluster->namespaceName), "ns");
        QTEST(cluster->degraded(), "degraded");
        QTEST(QString::fromStdString(cluster->backendMessage), "message");
        // Written back as the server writes it: null, never "", for no namespace or message.
        const json again = cluster->toJson();
        QCOMPARE(again["namespace"].is_null(), cluster->namespaceName.empty());
        QCOMPARE(again["backend_message"].is_null(), cluster->backendMessage.empty());
        QVERIFY(ClusterInfo::fromJson(again).value() == cluster.value());
    }

    void clusterBackendWrongTypes_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("namespace a number") << R"({"namespace": 3})";
        QTest::newRow("backend_state null") << R"({"backend_state": null})";
        QTest::newRow("backend_message an object") << R"({"backend_message": {}})";
    }
    void clusterBackendWrongTypes()
    {
        QFETCH(QString, body);
        QVERIFY(!ClusterInfo::fromJson(json::parse(body.toStdString())).ok());
    }

    void eventsAndMetrics()
    {
        auto page = EventPage::fromJson(json::parse(
            R"({"events": [{"seq": 42, "time": "t", "endpoint": "churn", "version": null, "kind": "TrafficChanged",
                "detail": {"traffic": {"a": 20}}}], "next": 43})"));
        QVERIFY(page.ok());
        QCOMPARE(page->next, std::int64_t(43));
        QCOMPARE(page->events.at(0).version, std::string());
        QVERIFY(EventPage::fromJson(page->toJson()).value() == page.value());
        QVERIFY(!EventPage::fromJson(json::parse(R"({"events": [], "next": "43"})")).ok());

        auto metrics = MetricsPage::fromJson(json::parse(
            R"({"interval_seconds": 1, "versions": {"a": {"t": [1, 2], "replicas": [1, 2],
                "latency_ms_p50": [null, 3.5], "target_utilization": 70}},
                "events": [{"t": 2, "version": "a", "kind": "ScaledUp", "from": 1, "to": 2, "reason": "r"}]})"));
        QVERIFY2(metrics.ok(), metrics.ok() ? "" : metrics.error().message.c_str());
        const auto& a = metrics->versions.at("a");
        QCOMPARE(a.size(), std::size_t(2));
        QVERIFY(std::isnan(a.latencyMsP50.at(0)));
        QCOMPARE(metrics->events.at(0).to, 2);
        QVERIFY(metrics->toJson()["versions"]["a"]["latency_ms_p50"][0].is_null());
    }
};

QTEST_GUILESS_MAIN(ApiTypesTest)
#include "tst_ApiTypes.moc"
