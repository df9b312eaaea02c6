#include "MonitorView.h"

#include "Clock.h"
#include "EndpointView.h"

namespace switchyard::server {
namespace {

nlohmann::json nullable(const std::optional<double>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json nullable(const std::optional<std::string>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json MonitorView::build(const ServiceContext& ctx, int historySeconds)
{
    const BackendStatus backend = ctx.dataPlane.backendStatus();
    nlohmann::json endpoints = nlohmann::json::array();
    for (const auto& e : ctx.dataPlane.monitor(historySeconds)) {
        std::string state = "Healthy";
        nlohmann::json defaultVersion = nullptr, controlVersion = nullptr;
        nlohmann::json versions = nlohmann::json::array();
        for (const auto& v : e.versions) {
            if (EndpointView::severity(v.status.state) > EndpointView::severity(state))
                state = v.status.state;
            if (v.isDefault)
                defaultVersion = v.name;
            if (v.isControl)
                controlVersion = v.name;
            auto json = version(v);
            if (historySeconds > 0)
                json["history"] = history(v.history);
            versions.push_back(std::move(json));
        }
        endpoints.push_back({{"name", e.name},
                             {"state", state},
                             {"default_version", defaultVersion},
                             {"control_version", controlVersion},
                             {"versions", std::move(versions)}});
    }
    return {{"time", Clock::rfc3339(Clock::unixSeconds())},
            {"interval_seconds", 1},
            {"cluster",
             {{"name", ctx.cluster.name},
              {"backend", backend.backend},
              {"backend_state", backend.degraded ? "degraded" : "ok"}}},
            {"endpoints", std::move(endpoints)}};
}

nlohmann::json MonitorView::version(const VersionMonitor& v)
{
    const auto& f = v.figures;
    return {{"name", v.name},
            {"state", v.status.state},
            {"error", nullable(v.status.error)},
            {"is_default", v.isDefault},
            {"is_control", v.isControl},
            {"traffic_percentile", v.trafficPercentile},
            {"effective_percent", static_cast<double>(v.effectiveTraffic)},
            {"requests_per_second", f.requestsPerSecond},
            {"client_errors_per_second", f.clientErrorsPerSecond},
            {"server_errors_per_second", f.serverErrorsPerSecond},
            {"latency_ms_p50", nullable(f.p50Ms)},
            {"latency_ms_p99", nullable(f.p99Ms)},
            {"utilization", f.utilization},
            {"target_utilization", v.targetUtilization},
            {"replicas",
             {{"desired", v.status.replicas.desired},
              {"ready", v.status.replicas.ready},
              {"busy", v.status.replicas.busy}}},
            {"min_replicas", v.minReplicas},
            {"max_replicas", v.maxReplicas},
            {"queued_requests", f.queued}};
}

// The samples in GET …/metrics' shape, but with times as RFC 3339 like every other time in this answer;
// the target is already a field of the version.
nlohmann::json MonitorView::history(const nlohmann::json& samples)
{
    nlohmann::json out = samples.is_object() ? samples : nlohmann::json::object();
    out.erase("target_utilization");
    nlohmann::json times = nlohmann::json::array();
    if (const auto t = out.find("t"); t != out.end() && t->is_array())
        for (const auto& second : *t)
            times.push_back(second.is_number_integer()
                                ? nlohmann::json(Clock::rfc3339(second.get<std::int64_t>()))
                                : second);
    out["t"] = std::move(times);
    return out;
}

} // namespace switchyard::server
