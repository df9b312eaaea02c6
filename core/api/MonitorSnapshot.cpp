#include "api/MonitorSnapshot.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {
namespace {

// A figure: a number, or null for "no value in that second" (NaN). Absent keeps the default.
void figure(JsonReader& reader, const std::string& field, double& out)
{
    if (!reader.has(field))
        return;
    const auto& v = reader.raw(field);
    if (v.is_null()) {
        out = MonitorSnapshot::kNoValue;
        return;
    }
    reader.optional(field, out);
}

nlohmann::json figureJson(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

bool digits(const std::string& s, std::size_t at, std::size_t count, int& out)
{
    if (at + count > s.size())
        return false;
    out = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): no libc time
// functions, which depend on the TZ and locale of the process.
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

// "2026-12-01T04:59:58Z" (fractions ignored; only UTC, which is what the server writes).
std::optional<std::int64_t> unixSeconds(const std::string& s)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    if (!digits(s, 0, 4, y) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't') || !digits(s, 11, 2, h) || s[13] != ':' ||
        !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, se))
        return std::nullopt;
    return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
}

// The history has the keys of GET …/metrics; its times may be unix seconds or RFC 3339 strings.
Result<MetricsSeries> readHistory(const nlohmann::json& json)
{
    if (!json.is_object())
        return Error::badRequest("InvalidType", "The field 'history' must be an object.", "history");
    if (!json.contains("t") || !json.at("t").is_array())
        return MetricsSeries::fromJson(json);
    nlohmann::json copy = json;
    for (auto& t : copy["t"]) {
        if (!t.is_string())
            continue;
        const auto seconds = unixSeconds(t.get<std::string>());
        if (!seconds)
            return Error::badRequest("InvalidType", "The field 'history.t' must hold RFC 3339 times.",
                                     "history.t");
        t = *seconds;
    }
    return MetricsSeries::fromJson(copy);
}

} // namespace

Result<MonitorSnapshot::Version> MonitorSnapshot::Version::fromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        return Error::badRequest("InvalidType", "A version must be an object.", "versions");
    Version v;
    JsonReader reader(json);
    reader.optional("name", v.name);
    reader.optional("state", v.state);
    reader.nullable("error", v.error);
    reader.optional("is_default", v.isDefault);
    reader.optional("is_control", v.isControl);
    figure(reader, "traffic_percentile", v.trafficPercentile);
    figure(reader, "effective_percent", v.effectivePercent);
    figure(reader, "requests_per_second", v.requestsPerSecond);
    figure(reader, "client_errors_per_second", v.clientErrorsPerSecond);
    figure(reader, "server_errors_per_second", v.serverErrorsPerSecond);
    figure(reader, "latency_ms_p50", v.latencyMsP50);
    figure(reader, "latency_ms_p99", v.latencyMsP99);
    figure(reader, "utilization", v.utilization);
    figure(reader, "target_utilization", v.targetUtilization);
    figure(reader, "min_replicas", v.minReplicas);
    figure(reader, "max_replicas", v.maxReplicas);
    figure(reader, "queued_requests", v.queuedRequests);
    if (reader.has("replicas")) {
        const auto& replicas = reader.raw("replicas");
        if (!replicas.is_object())
            return Error::badRequest("InvalidType", "The field 'replicas' must be an object.", "replicas");
        JsonReader inner(replicas, "replicas.");
        figure(inner, "desired", v.desiredReplicas);
        figure(inner, "ready", v.readyReplicas);
        figure(inner, "busy", v.busyReplicas);
        if (auto status = ApiFields::lenientFinish(inner); !status)
            return status.error();
    }
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    if (json.contains("history") && !json.at("history").is_null()) {
        auto history = readHistory(json.at("history"));
        if (!history)
            return history.error();
        v.history = std::move(history).value();
    }
    return v;
}

nlohmann::json MonitorSnapshot::Version::toJson() const
{
    nlohmann::json json = {
        {"name", name},
        {"state", state},
        {"error", error ? nlohmann::json(*error) : nlohmann::json(nullptr)},
        {"is_default", isDefault},
        {"is_control", isControl},
        {"traffic_percentile", figureJson(trafficPercentile)},
        {"effective_percent", figureJson(effectivePercent)},
        {"requests_per_second", figureJson(requestsPerSecond)},
        {"client_errors_per_second", figureJson(clientErrorsPerSecond)},
        {"server_errors_per_second", figureJson(serverErrorsPerSecond)},
        {"latency_ms_p50", figureJson(latencyMsP50)},
        {"latency_ms_p99", figureJson(latencyMsP99)},
        {"utilization", figureJson(utilization)},
        {"target_utilization", figureJson(targetUtilization)},
        {"replicas",
         {{"desired", figureJson(desiredReplicas)},
          {"ready", figureJson(readyReplicas)},
          {"busy", figureJson(busyReplicas)}}},
        {"min_replicas", figureJson(minReplicas)},
        {"max_replicas", figureJson(maxReplicas)},
        {"queued_requests", figureJson(queuedRequests)},
    };
    if (history.size() > 0)
        json["history"] = history.toJson();
    return json;
}

Result<MonitorSnapshot::Endpoint> MonitorSnapshot::Endpoint::fromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        return Error::badRequest("InvalidType", "An endpoint must be an object.", "endpoints");
    Endpoint e;
    JsonReader reader(json);
    reader.optional("name", e.name);
    reader.optional("state", e.state);
    std::optional<std::string> text;
    if (reader.nullable("default_version", text) && text)
        e.defaultVersion = *text;
    text.reset();
    if (reader.nullable("control_version", text) && text)
        e.controlVersion = *text;
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    if (json.contains("versions")) {
        auto versions = ApiFields::list<Version>(json, "versions");
        if (!versions)
            return versions.error();
        e.versions = std::move(versions).value();
    }
    return e;
}

nlohmann::json MonitorSnapshot::Endpoint::toJson() const
{
    auto json = ApiFields::listToJson(versions, "versions");
    json["name"] = name;
    json["state"] = state;
    json["default_version"] = defaultVersion;
    json["control_version"] = controlVersion;
    return json;
}

Result<MonitorSnapshot> MonitorSnapshot::fromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        return Error::badRequest("InvalidType", "The monitor answer must be an object.");
    MonitorSnapshot s;
    JsonReader reader(json);
    reader.optional("time", s.time);
    double interval = 1;
    figure(reader, "interval_seconds", interval);
    if (std::isfinite(interval) && interval >= 1 && interval < 3600)
        s.intervalSeconds = static_cast<int>(interval);
    if (reader.has("cluster")) {
        const auto& cluster = reader.raw("cluster");
        if (!cluster.is_object())
            return Error::badRequest("InvalidType", "The field 'cluster' must be an object.", "cluster");
        JsonReader inner(cluster, "cluster.");
        inner.optional("name", s.clusterName);
        inner.optional("backend", s.backend);
        inner.optional("backend_state", s.backendState);
        if (auto status = ApiFields::lenientFinish(inner); !status)
            return status.error();
    }
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    if (json.contains("endpoints")) {
        auto endpoints = ApiFields::list<Endpoint>(json, "endpoints");
        if (!endpoints)
            return endpoints.error();
        s.endpoints = std::move(endpoints).value();
    }
    return s;
}

nlohmann::json MonitorSnapshot::toJson() const
{
    auto json = ApiFields::listToJson(endpoints, "endpoints");
    json["time"] = time;
    json["interval_seconds"] = intervalSeconds;
    json["cluster"] = {{"name", clusterName}, {"backend", backend}, {"backend_state", backendState}};
    return json;
}

} // namespace switchyard
