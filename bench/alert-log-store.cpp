// The alert log's file work on the GUI thread (models/AlertLogStore, alert-log.jsonl): the start-up load of
// a full log (kMaxEpisodes episodes, some still firing as a crashed console leaves them) and the write the
// console makes after every fired or ended episode (the whole file through QSaveFile, bounded first).
// Reports the median and the worst of `runs` repetitions of each, wall time and the thread's CPU time.
// Not a test: timings go here. Usage: bench_alert_log_store [runs=50] [dir=a temporary one]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <time.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include "AlertLogStore.h"

using namespace switchyard;
using models::AlertLogStore;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double wallMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// A full log as a busy console leaves it: a thousand episodes over the last week, of every kind, with
// details as long as a failed version's reason, the last few still firing.
std::vector<models::AlertEpisode> fullLog(const QDateTime& now)
{
    std::vector<models::AlertEpisode> episodes;
    for (int i = 0; i < AlertLogStore::kMaxEpisodes; ++i) {
        models::AlertEpisode e;
        e.id = std::uint64_t(i + 1);
        e.kind = models::kAlertKinds[std::size_t(i) % models::kAlertKinds.size()];
        e.clusterKey = QStringLiteral("cluster-%1").arg(i % 4);
        e.clusterId = QStringLiteral("https://switchyard-%1.example.com:8443").arg(i % 4);
        e.clusterName = QStringLiteral("production %1").arg(i % 4);
        e.endpoint = QStringLiteral("endpoint-%1").arg(i % 200);
        e.version = QStringLiteral("version-%1").arg(i % 3);
        e.rule = models::AlertRule::defaults(e.kind);
        e.started = now.addSecs(-7 * 24 * 3600 + i * 600);
        e.fired = e.started.addSecs(30);
        if (i < AlertLogStore::kMaxEpisodes - 5)
            e.ended = e.fired.addSecs(120);
        e.value = 12.5 + i % 10;
        e.peak = 20.25 + i % 10;
        if (e.kind == models::AlertKind::VersionUnhealthy)
            e.detail = QStringLiteral("Failed: the replica exited with status 1 three times in a row "
                                      "(ModuleNotFoundError: No module named 'sklearn')");
        episodes.push_back(e);
    }
    return episodes;
}

struct Figures
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

void report(const char* what, Figures f)
{
    std::sort(f.wall.begin(), f.wall.end());
    std::sort(f.cpu.begin(), f.cpu.end());
    std::printf("%-34s wall median %7.2f ms  worst %7.2f ms | CPU median %7.2f ms  worst %7.2f ms\n", what,
                f.wall[f.wall.size() / 2], f.wall.back(), f.cpu[f.cpu.size() / 2], f.cpu.back());
}

template <typename F>
Figures timed(int runs, F&& f)
{
    Figures figures;
    for (int i = 0; i < runs; ++i) {
        const double w = wallMs();
        const double c = threadCpuMs();
        f();
        figures.cpu.push_back(threadCpuMs() - c);
        figures.wall.push_back(wallMs() - w);
    }
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    QTemporaryDir temporary;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    const QString path = dir + QStringLiteral("/alert-log.jsonl");
    const QDateTime now = QDateTime::currentDateTime();
    const auto episodes = fullLog(now);

    const Figures save = timed(runs, [&] {
        if (const QString error = AlertLogStore::save(path, episodes, now); !error.isEmpty()) {
            std::fprintf(stderr, "save: %s\n", qPrintable(error));
            std::exit(1);
        }
    });
    std::size_t loadedCount = 0;
    const Figures load = timed(runs, [&] {
        const auto loaded = AlertLogStore::load(path, now);
        if (!loaded.error.isEmpty()) {
            std::fprintf(stderr, "load: %s\n", qPrintable(loaded.error));
            std::exit(1);
        }
        loadedCount = loaded.episodes.size();
    });
    std::printf("# %d episodes (%lld bytes) in %s, %d runs each\n", int(loadedCount), QFileInfo(path).size(),
                qPrintable(dir), runs);
    report("write after an alert (save)", save);
    report("start-up load", load);
    return 0;
}
