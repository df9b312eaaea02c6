// The Monitor under the load: 4 clusters x 200 endpoints x 3 versions, one synthetic snapshot per
// cluster per second (the first with 300 s of history, like the console's first request), fed into the
// real MonitorModel behind the real MonitorView (filter proxy sorted by requests/s, sparkline delegates)
// shown on the offscreen platform. Reports the GUI thread's worst stall: the longest time a 2 ms
// heartbeat timer came late, and the longest single applySnapshot. Each snapshot is also judged by the
// alert evaluator (the default rules, an endpoint override on every tenth endpoint) and the firing alerts
// marked in the model, as AlertCenter does. Not a test: timings go here.
//
// Every figure comes twice: wall time, and the GUI thread's own CPU time over the same span. On the shared
// development machine the difference is the time the thread waited for a core (or for the kernel), not
// work of its own. "One event" is one dispatch from the event loop (a timer, a posted paint, ...): the
// longest of them is the longest the GUI could not answer because of the Monitor's own work.
// Usage: bench_monitor_model [seconds=60] [problems]   ("problems": with the view's "Only problems" on)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <thread>
#include <vector>

#include <time.h>

#include <QApplication>
#include <QCheckBox>
#include <QTimer>
#include <QTreeView>

#include "AlertEvaluator.h"
#include "MonitorFilterModel.h"
#include "MonitorModel.h"
#include "PreparedMonitorSnapshot.h"
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

// The calling thread's CPU time, ms.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double wallMs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Wall and CPU time of one span of work.
struct Span
{
    double wall0 = wallMs();
    double cpu0 = cpuMs();
    std::pair<double, double> end() const { return {wallMs() - wall0, cpuMs() - cpu0}; }
};

struct Timings
{
    std::vector<double> wall, cpu;
    void add(std::pair<double, double> span)
    {
        wall.push_back(span.first);
        cpu.push_back(span.second);
    }
};

// Times every event the GUI thread's loop dispatches (nested sends count in their outer event), and
// apart the paint events of one widget.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    Timings events, paints;
    QObject* paintTarget = nullptr;
    // The dispatches that took the most CPU time: what they were and when.
    struct Slow
    {
        double cpu, wall, at;
        QByteArray receiver;
        int type;
    };
    std::vector<Slow> slowest;
    double start = wallMs();
    bool notify(QObject* receiver, QEvent* event) override
    {
        const bool paint = receiver == paintTarget && event->type() == QEvent::Paint;
        // Read before: the event may delete the receiver, and the event itself.
        const char* receiverClass = receiver->metaObject()->className();
        const int type = static_cast<int>(event->type());
        const Span span;
        ++m_depth;
        const bool out = QApplication::notify(receiver, event);
        --m_depth;
        if (m_depth == 0) {
            const auto [wall, cpu] = span.end();
            events.add({wall, cpu});
            if (slowest.size() < 6 || cpu > slowest.back().cpu) {
                slowest.push_back({cpu, wall, span.wall0 - start, receiverClass, type});
                std::sort(slowest.begin(), slowest.end(), [](auto& a, auto& b) { return a.cpu > b.cpu; });
                if (slowest.size() > 6)
                    slowest.pop_back();
            }
        }
        if (paint)
            paints.add(span.end());
        return out;
    }

private:
    int m_depth = 0;
};

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
    TimedApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, std::atoi(argv[1])) : 60;
    const bool onlyProblems = argc > 2 && std::string(argv[2]) == "problems";

    models::MonitorModel model;
    widgets::MonitorView view(&model);
    view.resize(1600, 1000);
    view.tree()->sortByColumn(models::MonitorModel::RequestsColumn, Qt::DescendingOrder);
    view.show();
    if (onlyProblems)
        view.findChild<QCheckBox*>(QStringLiteral("monitorOnlyProblems"))->setChecked(true);
    app.paintTarget = view.tree()->viewport();
    // The sort: the proxy announces and ends a layout change around it.
    Timings sorts;
    Span sortSpan;
    QObject::connect(view.filter(), &QAbstractItemModel::layoutAboutToBeChanged, [&] { sortSpan = Span{}; });
    QObject::connect(view.filter(), &QAbstractItemModel::layoutChanged, [&] { sorts.add(sortSpan.end()); });

    // Snapshots are made ahead of time, on another thread: building them is the server's and the client
    // thread's work, not the GUI thread's. That includes what the console's client callback does with
    // each answer before handing it to the GUI thread (ClusterSession::fetchPreparedMonitor): the history
    // made into the series the model keeps (prepareMonitorSnapshot).
    std::vector<std::vector<models::PreparedMonitorSnapshot>> snapshots(kClusters);
    std::thread([&] {
        for (int c = 0; c < kClusters; ++c)
            for (int s = 0; s < seconds; ++s)
                snapshots[c].push_back(models::prepareMonitorSnapshot(makeSnapshot(c, s, s == 0 ? 300 : 0)));
    }).join();

    models::AlertRuleBook rules;
    for (int c = 0; c < kClusters; ++c)
        for (int e = 0; e < kEndpoints; e += 10)
            rules.set(QStringLiteral("http://cluster-%1").arg(c),
                      QStringLiteral("endpoint-%1").arg(e, 3, 10, QLatin1Char('0')),
                      models::AlertKind::LatencyP99, models::AlertRule{true, 15, 0, false});
    models::AlertEvaluator evaluator;
    evaluator.setRules(rules);

    Timings apply, firstApply, alert, observe, late;
    double lastBeat = 0, lastBeatCpu = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(2);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double now = wallMs(), cpu = cpuMs();
        // How late the beat came, and how much of the GUI thread's own CPU time went by meanwhile.
        if (lastBeat > 0)
            late.add({std::max(0.0, now - lastBeat - 2.0), cpu - lastBeatCpu});
        lastBeat = now;
        lastBeatCpu = cpu;
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
                // Taken out so that it is freed in this turn, as the console frees the delivered answer.
                const auto prepared = std::move(snapshots[c][static_cast<std::size_t>(*fed)]);
                const auto& snapshot = prepared.snapshot;
                const Span applying;
                model.applySnapshot(QString::number(c), QStringLiteral("cluster-%1").arg(c), prepared);
                (*fed == 0 ? firstApply : apply).add(applying.end());
                const Span judging;
                const models::AlertEvaluator::Cluster cluster{QString::number(c),
                                                              QStringLiteral("http://cluster-%1").arg(c),
                                                              QStringLiteral("cluster-%1").arg(c)};
                const auto changes = evaluator.observe(cluster, snapshot, QDateTime::currentDateTime());
                observe.add(judging.end());
                if (!changes.empty()) {
                    std::map<std::pair<QString, QString>, QStringList> firing;
                    for (const auto& a : evaluator.firing())
                        if (a.clusterKey == cluster.key)
                            firing[{a.endpoint, a.version}] << QStringLiteral("alert");
                    model.setAlerts(cluster.key, std::move(firing));
                }
                alert.add(judging.end());
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
    const double runCpu0 = cpuMs(), runWall0 = wallMs();
    app.exec();
    const double runCpu = cpuMs() - runCpu0, runWall = wallMs() - runWall0;

    const auto worst = [](const std::vector<double>& v) {
        return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
    };
    const auto over = [](const std::vector<double>& v, double limit) {
        return std::count_if(v.begin(), v.end(), [limit](double x) { return x > limit; });
    };
    // median / p99 / worst of the wall times, then the same of the CPU times.
    const auto line = [&](const char* what, const Timings& t) {
        std::printf("%-44s wall %7.2f %7.2f %7.2f | cpu %7.2f %7.2f %7.2f  (%zu)\n", what,
                    percentile(t.wall, 0.5), percentile(t.wall, 0.99), worst(t.wall), percentile(t.cpu, 0.5),
                    percentile(t.cpu, 0.99), worst(t.cpu), t.wall.size());
    };
    std::printf("rows: %d endpoints (%d clusters x %d) x %d versions, %d s at 1 s, view 1600x1000 sorted by "
                "requests/s%s\n",
                model.rowCount(), kClusters, kEndpoints, kVersions, second,
                onlyProblems ? ", only problems shown" : "");
    std::printf("GUI thread: %.0f ms CPU in %.0f ms (%.0f %% of one core)\n", runCpu, runWall,
                100 * runCpu / runWall);
    std::printf("%-44s      median     p99   worst |     median     p99   worst  (count), ms\n", "");
    line("first snapshot apply (300 s history)", firstApply);
    line("later snapshot apply (model, problems, sort)", apply);
    line("alert evaluation + marking the rows", alert);
    line("  of which the evaluator alone", observe);
    line("proxy sort (layout change)", sorts);
    line("viewport paint", app.paints);
    line("one event-loop dispatch (the stall itself)", app.events);
    for (const auto& slow : app.slowest)
        std::printf("  a slowest dispatch: cpu %.2f ms, wall %.2f ms, at %.2f s: event %d to a %s\n",
                    slow.cpu, slow.wall, slow.at / 1000, slow.type, slow.receiver.constData());
    std::printf("dispatches over 16 ms: %td by wall time, %td by the thread's own CPU time (of %zu)\n",
                over(app.events.wall, 16), over(app.events.cpu, 16), app.events.wall.size());
    std::printf("GUI thread stall (heartbeat late, incl. repaint): p99 %.2f ms, worst %.2f ms; the thread's "
                "CPU time in the worst late interval: %.2f ms\n",
                percentile(late.wall, 0.99), worst(late.wall),
                late.wall.empty()
                    ? 0
                    : late.cpu[static_cast<std::size_t>(std::max_element(late.wall.begin(), late.wall.end()) -
                                                        late.wall.begin())]);
    std::printf("heartbeats over 16 ms late: %td of %zu\n", over(late.wall, 16), late.wall.size());
    return 0;
}
