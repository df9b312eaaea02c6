#include "api/MetricsSeries.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {

Result<MetricsSeries> MetricsSeries::fromJson(const nlohmann::json& json)
{
    MetricsSeries s;
    JsonReader reader(json);
    ApiFields::int64s(reader, "t", s.t);
    ApiFields::numbers(reader, "replicas", s.replicas);
    ApiFields::numbers(reader, "ready_replicas", s.readyReplicas);
    ApiFields::numbers(reader, "busy_replicas", s.busyReplicas);
    ApiFields::numbers(reader, "queued_requests", s.queuedRequests);
    ApiFields::numbers(reader, "utilization", s.utilization);
    reader.optional("target_utilization", s.targetUtilization);
    ApiFields::numbers(reader, "requests_per_second", s.requestsPerSecond);
    ApiFields::numbers(reader, "errors_per_second", s.errorsPerSecond);
    ApiFields::numbers(reader, "latency_ms_p50", s.latencyMsP50);
    ApiFields::numbers(reader, "latency_ms_p99", s.latencyMsP99);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return s;
}

nlohmann::json MetricsSeries::toJson() const
{
    return {
        {"t", t},
        {"replicas", ApiFields::numbersToJson(replicas)},
        {"ready_replicas", ApiFields::numbersToJson(readyReplicas)},
        {"busy_replicas", ApiFields::numbersToJson(busyReplicas)},
        {"queued_requests", ApiFields::numbersToJson(queuedRequests)},
        {"utilization", ApiFields::numbersToJson(utilization)},
        {"target_utilization", targetUtilization},
        {"requests_per_second", ApiFields::numbersToJson(requestsPerSecond)},
        {"errors_per_second", ApiFields::numbersToJson(errorsPerSecond)},
        {"latency_ms_p50", ApiFields::numbersToJson(latencyMsP50)},
        {"latency_ms_p99", ApiFields::numbersToJson(latencyMsP99)},
    };
}

} // namespace switchyard
