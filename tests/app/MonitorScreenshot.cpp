// Renders the Monitor of three attached clusters under load to PNG, for docs/screenshots/monitor-*.png.
// Not a test: run `console_monitor_screenshot OUT.png [it|en] [seconds]`.
//
// Three real servers (prod-eu, prod-us, staging) with a dozen endpoints between them: scoring load of
// different sizes on several, bad requests on one (its error rate fires the default alert), a version
// whose command exits at once on staging (Failed), idle endpoints beside them. After `seconds` (default
// 45) of this the console's window is grabbed with the Monitor shown and every endpoint expanded.
#include <QApplication>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <vector>

#include "ClusterSession.h"
#include "EndpointListModel.h"
#include "HttpClient.h"
#include "MainWindow.h"
#include "ScoreLoad.h"
#include "ScreenshotTool.h"
#include "ServerProcess.h"
#include "monitor/MonitorView.h"

using namespace switchyard;

namespace {

struct Cluster
{
    std::unique_ptr<test::ServerProcess> server;
    nlohmann::json model; // the demo's model reference, for the endpoints made here
};

// An endpoint of one version of the demo's model, or of a command that cannot start.
bool createEndpoint(test::ServerProcess& server, const nlohmann::json& model, const char* name,
                    const char* version, bool crashing = false)
{
    nlohmann::json spec{{"version_name", version}, {"model", model}};
    if (crashing)
        spec["inference_config"] = {{"runtime", "command"}, {"command", {"/bin/false"}}};
    const auto reply = test::HttpClient(server.url(), server.adminToken())
                           .post(QStringLiteral("/api/v1/endpoints"),
                                 nlohmann::json{{"name", name}, {"auth_enabled", false}, {"version", spec}});
    if (reply.status != 201)
        std::fprintf(stderr, "%s: %d %s\n", name, reply.status, qPrintable(reply.body));
    return reply.status == 201;
}

// A second version taking `percent` of the traffic.
void addTreatment(test::ServerProcess& server, const nlohmann::json& model, const char* endpoint,
                  const char* version, int percent)
{
    const auto reply =
        test::HttpClient(server.url(), server.adminToken())
            .post(
                QStringLiteral("/api/v1/endpoints/%1/versions").arg(QLatin1String(endpoint)),
                nlohmann::json{{"version_name", version}, {"model", model}, {"traffic_percentile", percent}});
    if (reply.status != 201)
        std::fprintf(stderr, "%s/%s: %d %s\n", endpoint, version, reply.status, qPrintable(reply.body));
}

} // namespace

int main(int argc, char** argv)
{
    test::ScreenshotTool tool(argc, argv, "SwitchyardMonitorScreenshot");
    const QString out = tool.arg(1, QStringLiteral("monitor.png"));
    const int seconds = tool.arg(3, QStringLiteral("45")).toInt();

    std::vector<Cluster> clusters;
    for (const char* name : {"prod-eu", "prod-us", "staging"}) {
        Cluster c;
        c.server = std::make_unique<test::ServerProcess>(
            QStringList{QStringLiteral("--demo"), QStringLiteral("--cluster-name"), QLatin1String(name)});
        if (!c.server->start()) {
            std::fprintf(stderr, "%s: %s\n", name, qPrintable(c.server->errorString()));
            return 1;
        }
        c.model = test::HttpClient(c.server->url(), c.server->adminToken())
                      .get(QStringLiteral("/api/v1/endpoints/demo/versions/blue"))
                      .json()["model"];
        clusters.push_back(std::move(c));
    }
    auto& eu = *clusters[0].server;
    auto& us = *clusters[1].server;
    auto& staging = *clusters[2].server;
    createEndpoint(eu, clusters[0].model, "fraud-score", "model-v7");
    addTreatment(eu, clusters[0].model, "fraud-score", "model-v8", 20);
    createEndpoint(eu, clusters[0].model, "recommend", "main");
    createEndpoint(eu, clusters[0].model, "churn", "steady");
    createEndpoint(us, clusters[1].model, "fraud-score", "model-v7");
    createEndpoint(us, clusters[1].model, "pricing", "gbm-3");
    addTreatment(us, clusters[1].model, "pricing", "gbm-4", 10);
    createEndpoint(us, clusters[1].model, "search-rank", "bert-small");
    createEndpoint(staging, clusters[2].model, "pricing", "gbm-4");
    createEndpoint(staging, clusters[2].model, "pricing-next", "gbm-5", true);

    // Load of different sizes; "recommend" on prod-eu gets requests of the wrong shape (400) beside good
    // ones, so its error rate is over the default alert's 5 %.
    std::vector<std::unique_ptr<test::ScoreLoad>> loads;
    const auto load = [&](test::ServerProcess& server, const char* endpoint, int concurrency,
                          QByteArray body = {}) {
        QString key;
        if (QLatin1String(endpoint) == QLatin1String("demo"))
            key = QString::fromStdString(test::HttpClient(server.url(), server.adminToken())
                                             .get(QStringLiteral("/api/v1/endpoints/demo/keys"))
                                             .json()
                                             .value("primary_key", std::string()));
        auto l = std::make_unique<test::ScoreLoad>(server.url(), QLatin1String(endpoint), key, concurrency);
        if (!body.isEmpty())
            l->setBody(std::move(body));
        l->start(10000000, 1000 * (seconds + 60));
        loads.push_back(std::move(l));
    };
    load(eu, "demo", 4);
    load(eu, "fraud-score", 3);
    load(eu, "recommend", 1);
    load(eu, "recommend", 1, QByteArrayLiteral(R"({"data": "not a matrix"})"));
    load(us, "fraud-score", 2);
    load(us, "pricing", 2);
    load(staging, "pricing", 1);

    app::MainWindow window;
    window.resize(1500, 950);
    for (const auto& c : clusters) {
        models::ClusterProfile profile;
        profile.url = c.server->url().toString();
        profile.adminToken = c.server->adminToken();
        window.attach(profile);
    }
    window.show();
    window.showMonitor(true);
    QTest::qWait(1000 * seconds);
    window.monitor()->tree()->expandAll();
    QTest::qWait(1500);
    window.grab().save(out);
    std::printf("%s\n", qPrintable(out));
    for (auto& l : loads)
        l->stop(2000);
    return 0;
}
