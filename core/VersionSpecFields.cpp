#include "VersionSpecFields.h"

#include <nlohmann/json.hpp>

#include "VersionSpec.h"

namespace switchyard {

Status VersionSpecFields::read(JsonReader& reader, VersionSpec& spec)
{
    reader.required("model", spec.model);
    if (reader.has("inference_config")) {
        auto config = InferenceConfig::fromJson(reader.raw("inference_config"));
        if (!config)
            return config.error();
        spec.inferenceConfig = std::move(config).value();
    }
    reader.optional("cpu_cores", spec.cpuCores);
    reader.optional("memory_gb", spec.memoryGb);
    reader.nullable("num_replicas", spec.numReplicas);
    const bool autoscaleGiven = reader.optional("autoscale_enabled", spec.autoscaleEnabled);
    if (!autoscaleGiven && spec.numReplicas)
        spec.autoscaleEnabled = false; // a fixed count turns the autoscaler off unless asked for
    reader.optional("autoscale_min_replicas", spec.autoscaleMinReplicas);
    reader.optional("autoscale_max_replicas", spec.autoscaleMaxReplicas);
    reader.optional("autoscale_target_utilization", spec.autoscaleTargetUtilization);
    reader.optional("autoscale_refresh_seconds", spec.autoscaleRefreshSeconds);
    reader.optional("replica_max_concurrent_requests", spec.replicaMaxConcurrentRequests);
    reader.optional("max_request_wait_time", spec.maxRequestWaitTime);
    reader.optional("scoring_timeout_ms", spec.scoringTimeoutMs);
    reader.optional("period_seconds", spec.periodSeconds);
    reader.optional("initial_delay_seconds", spec.initialDelaySeconds);
    reader.optional("timeout_seconds", spec.timeoutSeconds);
    reader.optional("success_threshold", spec.successThreshold);
    reader.optional("failure_threshold", spec.failureThreshold);
    reader.optional("traffic_percentile", spec.trafficPercentile);
    reader.optional("is_default", spec.isDefault);
    reader.optional("is_control_version_type", spec.isControlVersionType);
    reader.optional("collect_model_data", spec.collectModelData);
    reader.optional("description", spec.description);
    reader.optional("tags", spec.tags);
    return {};
}

nlohmann::json VersionSpecFields::write(const VersionSpec& spec)
{
    return {
        {"model", spec.model},
        {"inference_config", spec.inferenceConfig.toJson()},
        {"cpu_cores", spec.cpuCores},
        {"memory_gb", spec.memoryGb},
        {"num_replicas", spec.numReplicas ? nlohmann::json(*spec.numReplicas) : nlohmann::json(nullptr)},
        {"autoscale_enabled", spec.autoscaleEnabled},
        {"autoscale_min_replicas", spec.autoscaleMinReplicas},
        {"autoscale_max_replicas", spec.autoscaleMaxReplicas},
        {"autoscale_target_utilization", spec.autoscaleTargetUtilization},
        {"autoscale_refresh_seconds", spec.autoscaleRefreshSeconds},
        {"replica_max_concurrent_requests", spec.replicaMaxConcurrentRequests},
        {"max_request_wait_time", spec.maxRequestWaitTime},
        {"scoring_timeout_ms", spec.scoringTimeoutMs},
        {"period_seconds", spec.periodSeconds},
        {"initial_delay_seconds", spec.initialDelaySeconds},
        {"timeout_seconds", spec.timeoutSeconds},
        {"success_threshold", spec.successThreshold},
        {"failure_threshold", spec.failureThreshold},
        {"traffic_percentile", spec.trafficPercentile},
        {"is_default", spec.isDefault},
        {"is_control_version_type", spec.isControlVersionType},
        {"collect_model_data", spec.collectModelData},
        {"description", spec.description},
        {"tags", spec.tags},
    };
}

} // namespace switchyard
