// What the router's per-request route snapshot load costs, and whether a per-thread snapshot pays.
//
// LocalDataPlane keeps its route map in a std::atomic<std::shared_ptr<const RouteMap>> and loads it
// twice per scoring request (admitScore from the header, then score). In libstdc++ 12 that load takes
// a lock bit in the atomic's pointer word and increments the shared reference count; the copy's
// destructor decrements it again. All pool threads do that on the same two cache lines.
// The alternative measured here: each thread keeps its own shared_ptr and the version it was taken at,
// and only reloads when a global version counter (bumped after every store) has moved, so the hot
// path is one acquire load of an integer.
//
// Two loops per variant and thread count:
//   tight: nothing but loads, the worst case (every load contends with the other thread's);
//   spaced: about 1 us of arithmetic between loads, nearer the router (about 33 us of CPU per request
//           and two loads each); the figure is the time added over the same loop without loads.
// Build and run: bench/snapshot-load.sh (g++ -O2, no server).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <time.h>

namespace {

struct Snapshot
{
    std::map<std::string, int> routes;
    int total = 0;
};

std::atomic<std::shared_ptr<const Snapshot>> g_snapshot;
std::atomic<std::uint64_t> g_version{1};

void publish(int total)
{
    auto next = std::make_shared<Snapshot>();
    next->routes["bench"] = total;
    next->total = total;
    g_snapshot.store(std::move(next), std::memory_order_release);
    // After the store: a reader that sees the new version finds at least this snapshot.
    g_version.fetch_add(1, std::memory_order_release);
}

// What the router does today: a shared_ptr copy per use.
struct SharedLoad
{
    int read() const
    {
        const auto s = g_snapshot.load(std::memory_order_acquire);
        return s->total;
    }
};

// Per-thread cache: reload only when the version moved.
struct ThreadCached
{
    int read() const
    {
        thread_local std::uint64_t seen = 0;
        thread_local std::shared_ptr<const Snapshot> cached;
        const auto version = g_version.load(std::memory_order_acquire);
        if (version != seen) [[unlikely]] {
            cached = g_snapshot.load(std::memory_order_acquire);
            seen = version;
        }
        return cached->total;
    }
};

struct NoLoad
{
    int read() const { return 1; }
};

// About `work` rounds of a dependent multiply-add the compiler cannot fold away.
inline std::uint64_t spin(std::uint64_t x, int work)
{
    for (int i = 0; i < work; ++i)
        x = x * 6364136223846793005ull + 1442695040888963407ull;
    return x;
}

std::atomic<std::uint64_t> g_sink{0};

// The calling thread's own CPU time: others' builds share this machine, and time spent descheduled
// is not the loop's.
double threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

// CPU nanoseconds per iteration, the slowest thread's, over `threads` threads started together.
template <typename Reader>
double runOnce(int threads, std::uint64_t iterations, int work)
{
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<double> ns(static_cast<std::size_t>(threads));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            Reader reader;
            std::uint64_t acc = static_cast<std::uint64_t>(t) + 1;
            ready.fetch_add(1);
            while (!go.load(std::memory_order_acquire)) {
            }
            const double start = threadCpuNs();
            for (std::uint64_t i = 0; i < iterations; ++i) {
                acc += static_cast<std::uint64_t>(reader.read());
                if (work > 0)
                    acc = spin(acc, work);
            }
            ns[static_cast<std::size_t>(t)] = (threadCpuNs() - start) / static_cast<double>(iterations);
            g_sink.fetch_add(acc, std::memory_order_relaxed);
        });
    }
    while (ready.load() < threads) {
    }
    go.store(true, std::memory_order_release);
    for (auto& th : pool)
        th.join();
    return *std::max_element(ns.begin(), ns.end());
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename Reader>
double median(int repeats, int threads, std::uint64_t iterations, int work)
{
    std::vector<double> runs;
    for (int r = 0; r < repeats; ++r)
        runs.push_back(runOnce<Reader>(threads, iterations, work));
    return medianOf(runs);
}

struct Figures
{
    double base, shared, cached; // ns per iteration, medians
};

// The three loops in rotation, so a burst of load from others falls on all of them alike.
Figures measure(int repeats, int threads, std::uint64_t iterations, int work)
{
    std::vector<double> base, shared, cached;
    for (int r = 0; r < repeats; ++r) {
        base.push_back(runOnce<NoLoad>(threads, iterations, work));
        shared.push_back(runOnce<SharedLoad>(threads, iterations, work));
        cached.push_back(runOnce<ThreadCached>(threads, iterations, work));
    }
    return {medianOf(base), medianOf(shared), medianOf(cached)};
}

} // namespace

int main(int argc, char** argv)
{
    const int repeats = argc > 1 ? std::atoi(argv[1]) : 5;
    const std::uint64_t tightIterations = 5'000'000;
    const std::uint64_t spacedIterations = 1'000'000;
    // Calibrate the spacing to about 1 us per iteration on this machine.
    int work = 200;
    {
        const double ns = median<NoLoad>(3, 1, spacedIterations, work);
        work = std::max(1, static_cast<int>(work * 1000.0 / ns));
    }
    publish(100);
    std::printf("# snapshot load, %d repeats (median of thread CPU time), libstdc++ %d (_GLIBCXX_RELEASE), "
                "spacing %d rounds\n",
                repeats, _GLIBCXX_RELEASE, work);
    std::printf("%-34s %8s %14s %14s\n", "variant", "threads", "tight ns/load", "spaced ns/load");
    for (int threads : {1, 2}) {
        const Figures tight = measure(repeats, threads, tightIterations, 0);
        const Figures spaced = measure(repeats, threads, spacedIterations, work);
        std::printf("%-34s %8d %14.1f %14.1f\n", "atomic<shared_ptr>::load (today)", threads,
                    tight.shared - tight.base, spaced.shared - spaced.base);
        std::printf("%-34s %8d %14.1f %14.1f\n", "per-thread cache + version", threads,
                    tight.cached - tight.base, spaced.cached - spaced.base);
        std::printf("%-34s %8d %14.2f %14.1f\n", "(loop without loads, ns/iteration)", threads, tight.base,
                    spaced.base);
    }
    // A writer publishing every millisecond (the router publishes on management changes only, far
    // less often) to show the refresh path costs nothing that matters.
    std::atomic<bool> stop{false};
    std::thread writer([&] {
        int n = 0;
        while (!stop.load()) {
            publish(++n);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    const double baseTight = median<NoLoad>(repeats, 2, tightIterations, 0);
    std::printf("%-34s %8d %14.1f %14s\n", "atomic<shared_ptr>, writer 1 kHz", 2,
                median<SharedLoad>(repeats, 2, tightIterations, 0) - baseTight, "-");
    std::printf("%-34s %8d %14.1f %14s\n", "per-thread cache, writer 1 kHz", 2,
                median<ThreadCached>(repeats, 2, tightIterations, 0) - baseTight, "-");
    stop = true;
    writer.join();
    return g_sink.load() == 42 ? 1 : 0;
}
