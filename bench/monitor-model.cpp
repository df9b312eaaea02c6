// The Monitor under the load: 4 clusters x 200 endpoints x 3 versions, one synthetic snapshot per
// cluster per second (the first with 300 s of history, like the console's first request), fed into the
// real MonitorModel behind the real MonitorView (filter proxy sorted by requests/s, sparkline delegates)
// shown on the offscreen platform. Reports the GUI thread's worst stall: the longest time a 2 ms
// heartbeat timer came late, and the longest single applySnapshot. Each snapshot is also judged by the
// alert evaluator (the default rules, an endpoint override on every tenth endpoint) and the firing alerts
// marked in the model, as AlertCenter does. Not a test: timings go here.
// Usage: bench_monitor_model [seconds=60]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QTreeView>

#include "AlertEvaluator.h"
#include "MonitorModel.h"
#include "monitor/MonitorView.h"

using namespace switchyard;

namespace {

constexpr int kClusters = 4;
constexpr int kEndpoints = 200;
constexpr int kVersions = 3;

MonitorSnapshot makeSnapshot(int cluster, int second, int historySeconds)
{
    MonitorSnapshot s;
    s.time = "t" + std::to_string(second);
    s.clusterName = "cluster-" + std::to_string(cluster);
    s.endpoints.reserve(kEndpoints);
    for (int e = 0; e < kEndpoints; ++e) {
        MonitorSnapshot::Endpoint endpoint;
        char name[32];
        std::snprintf(name, sizeof name, "endpoint-%03d", e);
        endpoint.name = name;
        endpoint.state = "Healthy";
        endpoint.defaultVersion = "v0";
        for (int v = 0; v < kVersions; ++v) {
            MonitorSnapshot::Version version;
            version.name = "v" + std::to_string(v);
            version.state = (e + second) % 97 == 0 ? "Unhealthy" : "Healthy";
            const double phase = (e * 7 + v * 13 + second) * 0.1;
            version.requestsPerSecond = 50 + 40 * std::sin(phase);
            version.clientErrorsPerSecond = (e % 11 == 0) ? 1 : 0;
            version.serverErrorsPerSecond = (e + second) % 53 == 0 ? 2 : 0;
            version.latencyMsP50 = 3 + std::cos(phase);
            version.latencyMsP99 = 12 + 5 * std::sin(phase * 1.3);
            version.effectivePercent = v == 0 ? 60 : 20;
            version.utilization = 40 + 30 * std::sin(phase * 0.7);
            version.targetUtilization = 70;
            version.desiredReplicas = 2;
            version.readyReplicas = 2;
            for (int h = historySeconds; h > 0; --h) {
                const double p = (e * 7 + v * 13 + second - h) * 0.1;
                version.history.t.push_back(second - h);
                version.history.requestsPerSecond.push_back(50 + 40 * std::sin(p));
                version.history.latencyMsP99.push_back(12 + 5 * std::sin(p * 1.3));
            }
            endpoint.versions.push_back(std::move(version));
        }
        s.endpoints.push_back(std::move(endpoint));
    }
    return s;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, std::atoi(argv[1])) : 60;

    models::MonitorModel model;
    widgets::MonitorView view(&model);
    view.resize(1600, 1000);
    view.tree()->sortByColumn(models::MonitorModel::RequestsColumn, Qt::DescendingOrder);
    view.show();

    // Snapshots are made ahead of time: building them is the server's and the client thread's work,
    // not the GUI thread's.
    std::vector<std::vector<MonitorSnapshot>> snapshots(kClusters);
    for (int c = 0; c < kClusters; ++c)
        for (int s = 0; s < seconds; ++s)
            snapshots[c].push_back(makeSnapshot(c, s, s == 0 ? 300 : 0));

    models::AlertRuleBook rules;
    for (int c = 0; c < kClusters; ++c)
        for (int e = 0; e < kEndpoints; e += 10)
            rules.set(QStringLiteral("http://cluster-%1").arg(c),
                      QStringLiteral("endpoint-%1").arg(e, 3, 10, QLatin1Char('0')),
                      models::AlertKind::LatencyP99, models::AlertRule{true, 15, 0, false});
    models::AlertEvaluator evaluator;
    evaluator.setRules(rules);

    std::vector<double> applyMs, firstApplyMs, lateMs, alertMs, observeMs;
    QElapsedTimer clock;
    clock.start();
    qint64 lastBeat = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(2);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastBeat > 0)
            lateMs.push_back(std::max(0.0, static_cast<double>(now - lastBeat) / 1e6 - 2.0));
        lastBeat = now;
    });
    heartbeat.start();

    // Each cluster answers at its own moment in the second, as four independent pollers would.
    int second = 0;
    std::vector<std::unique_ptr<QTimer>> pollers;
    for (int c = 0; c < kClusters; ++c) {
        QTimer::singleShot(c * 250, [&, c] {
            auto timer = std::make_unique<QTimer>();
            auto* raw = timer.get();
            auto fed = std::make_shared<int>(0);
            auto feed = [&, c, fed] {
                if (*fed >= seconds)
                    return;
                QElapsedTimer t;
                t.start();
                model.applySnapshot(QString::number(c), QStringLiteral("cluster-%1").arg(c),
                                    snapshots[c][static_cast<std::size_t>(*fed)]);
                const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
                (*fed == 0 ? firstApplyMs : applyMs).push_back(ms);
                t.restart();
                const models::AlertEvaluator::Cluster cluster{QString::number(c),
                                                              QStringLiteral("http://cluster-%1").arg(c),
                                                              QStringLiteral("cluster-%1").arg(c)};
                const auto changes = evaluator.observe(cluster, snapshots[c][static_cast<std::size_t>(*fed)],
                                                       QDateTime::currentDateTime());
                observeMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                if (!changes.empty()) {
                    std::map<std::pair<QString, QString>, QStringList> firing;
                    for (const auto& a : evaluator.firing())
                        if (a.clusterKey == cluster.key)
                            firing[{a.endpoint, a.version}] << QStringLiteral("alert");
                    model.setAlerts(cluster.key, std::move(firing));
                }
                alertMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                ++*fed;
                if (c == 0)
                    second = *fed;
            };
            QObject::connect(raw, &QTimer::timeout, feed);
            raw->start(1000);
            feed();
            pollers.push_back(std::move(timer));
        });
    }
    QTimer::singleShot(seconds * 1000 + 1500, &app, &QApplication::quit);
    app.exec();

    const double worstLate = lateMs.empty() ? 0 : *std::max_element(lateMs.begin(), lateMs.end());
    std::printf("rows: %d endpoints (%d clusters x %d) x %d versions, %d s at 1 s, view 1600x1000 sorted by "
                "requests/s\n",
                model.rowCount(), kClusters, kEndpoints, kVersions, second);
    std::printf("first snapshot (300 s history) apply: worst %.1f ms\n",
                firstApplyMs.empty() ? 0 : *std::max_element(firstApplyMs.begin(), firstApplyMs.end()));
    std::printf("steady snapshot apply: median %.2f ms, p99 %.2f ms, worst %.2f ms (%zu snapshots)\n",
                percentile(applyMs, 0.5), percentile(applyMs, 0.99),
                applyMs.empty() ? 0 : *std::max_element(applyMs.begin(), applyMs.end()), applyMs.size());
    std::printf(
        "alert evaluation per snapshot (%d versions x 4 rules, %d firing at the end): median %.2f ms, "
        "p99 %.2f ms, worst %.2f ms\n",
        kEndpoints * kVersions, evaluator.firingCount(), percentile(alertMs, 0.5), percentile(alertMs, 0.99),
        alertMs.empty() ? 0 : *std::max_element(alertMs.begin(), alertMs.end()));
    std::printf("  of which the evaluator alone: median %.2f ms, p99 %.2f ms\n", percentile(observeMs, 0.5),
                percentile(observeMs, 0.99));
    std::printf("GUI thread stall (heartbeat late, incl. repaint): p99 %.2f ms, worst %.2f ms\n",
                percentile(lateMs, 0.99), worstLate);
    return 0;
}
