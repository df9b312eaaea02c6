// load ENDPOINT --rps N --duration 30s: a bounded load generator for demos and checks.
#include <algorithm>
#include <cstdio>
#include <mutex>

#include "CliContext.h"
#include "Credentials.h"
#include "StopSignal.h"
#include "Table.h"
#include "Verb.h"

namespace switchyard::cli {
namespace {

constexpr int kMaxRps = 5000;
constexpr int kMaxSeconds = 600;
constexpr long long kMaxRequests = 1000000;

struct LoadStats
{
    std::mutex mutex;
    long long completed = 0;
    long long transportErrors = 0;
    int inFlight = 0;
    std::map<std::string, long long> byVersion;
    std::map<int, long long> byStatus;
    std::vector<double> latencyMs;
    std::string lastError;
};

std::optional<double> parseDuration(const std::string& text)
{
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (...) {
        return std::nullopt;
    }
    const std::string unit = text.substr(used);
    if (unit.empty() || unit == "s")
        return value;
    if (unit == "ms")
        return value / 1000.0;
    if (unit == "m")
        return value * 60.0;
    return std::nullopt;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    const auto k = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<long>(k), values.end());
    return values[k];
}

std::string fixed(double v, int decimals = 1)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string split(const LoadStats& s)
{
    long long total = 0;
    for (const auto& [v, n] : s.byVersion)
        total += n;
    std::string text;
    for (const auto& [v, n] : s.byVersion)
        text += (text.empty() ? "" : " ") + (v.empty() ? std::string("?") : v) + "=" +
                fixed(100.0 * static_cast<double>(n) / static_cast<double>(std::max(total, 1LL))) + "%";
    return text;
}

int load(CliContext& ctx)
{
    if (!ctx.positionals(1, "load ENDPOINT --rps N --duration 30s"))
        return ExitUsage;
    auto& args = ctx.args();
    int rps = 0;
    int concurrency = 64;
    try {
        rps = std::stoi(args.take("rps").value_or("0"));
        concurrency = std::stoi(args.take("concurrency").value_or("64"));
    } catch (...) {
        return ctx.usage("--rps and --concurrency must be whole numbers");
    }
    const auto seconds = parseDuration(args.take("duration").value_or("10s"));
    const auto data = args.take("data").value_or(R"({"data": [[1.0, 2.0]]})");
    const auto version = args.take("version");
    const auto key = args.take("key");
    if (!ctx.noLeftovers())
        return ExitUsage;
    if (rps < 1 || rps > kMaxRps)
        return ctx.usage("--rps must be between 1 and " + std::to_string(kMaxRps));
    if (!seconds || *seconds <= 0 || *seconds > kMaxSeconds)
        return ctx.usage("--duration must be like 30s, 500ms or 2m, at most 10m");
    if (concurrency < 1 || concurrency > 1024)
        return ctx.usage("--concurrency must be between 1 and 1024");
    auto body = CliContext::readDataArgument(data);
    if (!body)
        return ctx.usage(body.error().message);
    auto credential = Credentials::resolve(ctx, ctx.arg(0), key);
    if (!credential)
        return ctx.fail(credential);

    StopSignal::install();
    client::ScoreRequest request;
    request.body = std::move(body).value();
    request.credential = credential.value();
    request.version = version;
    const long long total = std::min<long long>(kMaxRequests, static_cast<long long>(rps * *seconds));
    auto stats = std::make_shared<LoadStats>();
    long long sent = 0;
    long long skipped = 0; // due but not sent: `concurrency` requests were already waiting
    const auto start = std::chrono::steady_clock::now();
    auto nextReport = start + std::chrono::seconds(1);
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    auto report = [&] {
        std::lock_guard lock(stats->mutex);
        std::cerr << "[" << fixed(elapsed(), 0) << "s] sent " << sent << "  done " << stats->completed
                  << "  in flight " << stats->inFlight << "  failed " << stats->transportErrors << "  p50 "
                  << fixed(percentile(stats->latencyMs, 0.5)) << " ms  split " << split(*stats) << std::endl;
    };
    while (sent + skipped < total && !StopSignal::requested()) {
        const auto due = std::min<long long>(total, static_cast<long long>(elapsed() * rps));
        while (sent + skipped < due) {
            {
                std::lock_guard lock(stats->mutex);
                if (stats->inFlight >= concurrency) {
                    ++skipped;
                    continue;
                }
                ++stats->inFlight;
            }
            ++sent;
            ctx.asyncApi().score(ctx.arg(0), request, [stats](client::ApiResult<client::ScoreResult> r) {
                std::lock_guard lock(stats->mutex);
                --stats->inFlight;
                ++stats->completed;
                if (!r) {
                    ++stats->transportErrors;
                    stats->lastError = client::describe(r);
                    return;
                }
                ++stats->byStatus[r->status];
                if (r->ok())
                    ++stats->byVersion[r->servedBy];
                stats->latencyMs.push_back(static_cast<double>(r->latency.count()) / 1000.0);
            });
        }
        if (std::chrono::steady_clock::now() >= nextReport) {
            report();
            nextReport += std::chrono::seconds(1);
        }
        StopSignal::waitFor(std::chrono::milliseconds(5));
    }
    // Let the requests in flight finish (bounded), then report.
    const auto drainEnd = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < drainEnd &&
           !StopSignal::waitFor(std::chrono::milliseconds(20))) {
        std::lock_guard lock(stats->mutex);
        if (stats->inFlight == 0)
            break;
    }
    report();
    std::lock_guard lock(stats->mutex);
    long long okCount = 0;
    for (const auto& [v, n] : stats->byVersion)
        okCount += n;
    if (ctx.json()) {
        nlohmann::json byVersion = nlohmann::json::object();
        for (const auto& [v, n] : stats->byVersion)
            byVersion[v] = {{"requests", n},
                            {"share", 100.0 * static_cast<double>(n) / std::max(okCount, 1LL)}};
        nlohmann::json byStatus = nlohmann::json::object();
        for (const auto& [s, n] : stats->byStatus)
            byStatus[std::to_string(s)] = n;
        ctx.printJson(
            {{"sent", sent},
             {"skipped", skipped},
             {"completed", stats->completed},
             {"transport_errors", stats->transportErrors},
             {"by_version", byVersion},
             {"by_status", byStatus},
             {"latency_ms",
              {{"p50", percentile(stats->latencyMs, 0.5)}, {"p99", percentile(stats->latencyMs, 0.99)}}}});
    } else {
        std::cout << "sent " << sent << ", completed " << stats->completed << ", skipped " << skipped
                  << ", transport errors " << stats->transportErrors << "\n\n";
        Table versions({"VERSION", "REQUESTS", "SHARE"});
        for (const auto& [v, n] : stats->byVersion)
            versions.add(
                {v.empty() ? "?" : v, std::to_string(n),
                 fixed(100.0 * static_cast<double>(n) / static_cast<double>(std::max(okCount, 1LL))) + "%"});
        versions.print(std::cout);
        std::cout << '\n';
        Table statuses({"STATUS", "REQUESTS"});
        for (const auto& [s, n] : stats->byStatus)
            statuses.add({std::to_string(s), std::to_string(n)});
        statuses.print(std::cout);
        std::cout << "\nlatency p50 " << fixed(percentile(stats->latencyMs, 0.5)) << " ms, p99 "
                  << fixed(percentile(stats->latencyMs, 0.99)) << " ms\n";
    }
    if (!stats->lastError.empty())
        std::cerr << "last transport error: " << stats->lastError << std::endl;
    if (stats->completed > 0 && stats->transportErrors == stats->completed)
        return ExitConnection;
    return ExitOk;
}

} // namespace

void addLoadVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back(
        {"load",
         "",
         "load ENDPOINT --rps N --duration 30s [--data JSON|@FILE] [--version V]",
         "Send scoring requests at a steady rate for a bounded time, print a live summary each second\n"
         "(stderr) and the final split per version and status. Bounded: at most 5000 rps, 10 minutes,\n"
         "1,000,000 requests, and --concurrency requests in flight.",
         {{"--rps N", "requests per second (required, 1-5000)"},
          {"--duration D", "how long: 30s, 500ms, 2m (10s)"},
          {"--data JSON|@FILE", "the request body ({\"data\": [[1.0, 2.0]]})"},
          {"--version V", "send every request to version V"},
          {"--concurrency N", "requests in flight at most (64); due requests beyond are skipped"},
          {"--key K", "the endpoint key or JWT to use"}},
         load});
}

} // namespace switchyard::cli
