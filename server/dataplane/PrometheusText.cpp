#include "PrometheusText.h"

#include <charconv>
#include <cmath>
#include <sstream>

#include "VersionRuntime.h"

namespace switchyard::server {

namespace {

struct MetricFamily
{
    const char* name;
    const char* type;
    const char* help;
};

void writeHeader(std::ostream& out, const MetricFamily& f)
{
    out << "# HELP " << f.name << ' ' << f.help << "\n# TYPE " << f.name << ' ' << f.type << '\n';
}

} // namespace

std::string PrometheusText::number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : "0";
}

std::string PrometheusText::write(const std::vector<std::shared_ptr<VersionRuntime>>& runtimes)
{
    static constexpr MetricFamily gauges[] = {
        {"switchyard_version_replicas", "gauge", "Desired replicas of a version."},
        {"switchyard_version_ready_replicas", "gauge", "Replicas ready to serve."},
        {"switchyard_version_busy_replicas", "gauge", "Replicas serving at least one request (1 s mean)."},
        {"switchyard_version_queued_requests", "gauge", "Requests waiting for a replica (1 s mean)."},
        {"switchyard_version_utilization_percent", "gauge", "(busy + queued) / ready x 100."},
        {"switchyard_version_target_utilization_percent", "gauge", "The autoscaler's target."},
        {"switchyard_version_requests_per_second", "gauge", "Scoring requests in the last second."},
        // In seconds, Prometheus' base unit (promtool refuses "_ms" in a name).
        {"switchyard_version_latency_p50_seconds", "gauge", "Median scoring latency in the last second."},
        {"switchyard_version_latency_p99_seconds", "gauge",
         "99th percentile scoring latency in the last second."},
        {"switchyard_version_requests_total", "counter", "Scoring requests answered."},
        {"switchyard_version_errors_total", "counter", "Scoring requests answered with a 5xx status."},
    };
    static constexpr MetricFamily requests{"switchyard_requests_total", "counter",
                                           "Scoring requests answered since start, by status class."};
    static constexpr MetricFamily duration{
        "switchyard_request_duration_seconds", "histogram",
        "Scoring request duration from arrival to answer, queueing included."};
    struct Row
    {
        std::string labels; // endpoint="…",version="…" (names are [a-z0-9-]: nothing to escape)
        MetricsHistory::Sample s;
        int target;
        std::uint64_t requests, errors;
        std::array<std::uint64_t, 6> classes;
        DurationHistogram::Snapshot durations;
    };
    std::vector<Row> rows;
    rows.reserve(runtimes.size());
    for (const auto& r : runtimes)
        rows.push_back({"endpoint=\"" + r->endpoint() + "\",version=\"" + r->name() + "\"", r->latestSample(),
                        r->targetUtilization(), r->requestsTotal(), r->errorsTotal(), r->answersByClass(),
                        r->durations()});

    std::ostringstream out;
    for (size_t f = 0; f < std::size(gauges); ++f) {
        writeHeader(out, gauges[f]);
        for (const auto& row : rows) {
            const double values[] = {double(row.s.replicas),
                                     double(row.s.ready),
                                     row.s.busy,
                                     row.s.queued,
                                     row.s.utilization,
                                     double(row.target),
                                     row.s.requestsPerSecond,
                                     row.s.p50Ms / 1000,
                                     row.s.p99Ms / 1000,
                                     double(row.requests),
                                     double(row.errors)};
            out << gauges[f].name << '{' << row.labels << "} " << number(values[f]) << '\n';
        }
    }
    // 2xx, 4xx and 5xx always, so a rate over them exists before the first error; 1xx and 3xx (which a
    // model has no reason to answer) only once one was seen.
    writeHeader(out, requests);
    for (const auto& row : rows)
        for (size_t c = 1; c < row.classes.size(); ++c)
            if (c == 2 || c == 4 || c == 5 || row.classes[c] > 0)
                out << requests.name << '{' << row.labels << ",code=\"" << c << "xx\"} " << row.classes[c]
                    << '\n';
    writeHeader(out, duration);
    for (const auto& row : rows) {
        const auto& d = row.durations;
        for (size_t b = 0; b < DurationHistogram::kBounds.size(); ++b)
            out << duration.name << "_bucket{" << row.labels << ",le=\"" << DurationHistogram::kBounds[b]
                << "\"} " << d.cumulative[b] << '\n';
        const auto count = d.cumulative.back();
        out << duration.name << "_bucket{" << row.labels << ",le=\"+Inf\"} " << count << '\n';
        out << duration.name << "_sum{" << row.labels << "} " << number(d.sumSeconds) << '\n';
        out << duration.name << "_count{" << row.labels << "} " << count << '\n';
    }
    return out.str();
}

} // namespace switchyard::server
