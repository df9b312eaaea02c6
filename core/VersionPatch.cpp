#include "VersionPatch.h"

#include <nlohmann/json.hpp>

#include "JsonReader.h"
#include "Metadata.h"
#include "VersionSpec.h"

namespace switchyard {
namespace {

template <class T>
void readInto(JsonReader& reader, const char* field, std::optional<T>& out)
{
    T value{};
    if (reader.optional(field, value))
        out = std::move(value);
}

template <class T>
void writeIf(nlohmann::json& json, const char* field, const std::optional<T>& value)
{
    if (value)
        json[field] = *value;
}

} // namespace

Result<VersionPatch> VersionPatch::fromJson(const nlohmann::json& json)
{
    static const char* const immutable[] = {"version_name",
                                            "name",
                                            "model",
                                            "inference_config",
                                            "cpu_cores",
                                            "memory_gb",
                                            "period_seconds",
                                            "initial_delay_seconds",
                                            "timeout_seconds",
                                            "success_threshold",
                                            "failure_threshold"};
    if (json.is_object()) {
        for (const char* field : immutable) {
            if (json.contains(field))
                return Error::badRequest(
                    "ImmutableField",
                    std::string("The field '") + field +
                        "' cannot be changed on an existing version; create a new version.",
                    std::string(field));
        }
    }
    VersionPatch patch;
    JsonReader reader(json);
    readInto(reader, "traffic_percentile", patch.trafficPercentile);
    readInto(reader, "is_default", patch.isDefault);
    readInto(reader, "is_control_version_type", patch.isControlVersionType);
    readInto(reader, "description", patch.description);
    readInto(reader, "tags", patch.tags);
    reader.nullable("num_replicas", patch.numReplicas);
    readInto(reader, "autoscale_enabled", patch.autoscaleEnabled);
    readInto(reader, "autoscale_min_replicas", patch.autoscaleMinReplicas);
    readInto(reader, "autoscale_max_replicas", patch.autoscaleMaxReplicas);
    readInto(reader, "autoscale_target_utilization", patch.autoscaleTargetUtilization);
    readInto(reader, "autoscale_refresh_seconds", patch.autoscaleRefreshSeconds);
    readInto(reader, "replica_max_concurrent_requests", patch.replicaMaxConcurrentRequests);
    readInto(reader, "max_request_wait_time", patch.maxRequestWaitTime);
    readInto(reader, "scoring_timeout_ms", patch.scoringTimeoutMs);
    readInto(reader, "collect_model_data", patch.collectModelData);
    if (auto status = reader.finish(); !status)
        return status.error();
    // Checked here too (applyTo checks the merged spec) so that a client refuses it before sending.
    if (auto status = validatePatchMetadata(patch.description, patch.tags); !status)
        return status.error();
    return patch;
}

nlohmann::json VersionPatch::toJson() const
{
    nlohmann::json json = nlohmann::json::object();
    writeIf(json, "traffic_percentile", trafficPercentile);
    writeIf(json, "is_default", isDefault);
    writeIf(json, "is_control_version_type", isControlVersionType);
    writeIf(json, "description", description);
    writeIf(json, "tags", tags);
    if (numReplicas)
        json["num_replicas"] = *numReplicas ? nlohmann::json(**numReplicas) : nlohmann::json(nullptr);
    writeIf(json, "autoscale_enabled", autoscaleEnabled);
    writeIf(json, "autoscale_min_replicas", autoscaleMinReplicas);
    writeIf(json, "autoscale_max_replicas", autoscaleMaxReplicas);
    writeIf(json, "autoscale_target_utilization", autoscaleTargetUtilization);
    writeIf(json, "autoscale_refresh_seconds", autoscaleRefreshSeconds);
    writeIf(json, "replica_max_concurrent_requests", replicaMaxConcurrentRequests);
    writeIf(json, "max_request_wait_time", maxRequestWaitTime);
    writeIf(json, "scoring_timeout_ms", scoringTimeoutMs);
    writeIf(json, "collect_model_data", collectModelData);
    return json;
}

bool VersionPatch::empty() const
{
    return toJson().empty();
}

Result<VersionSpec> VersionPatch::applyTo(const VersionSpec& base) const
{
    VersionSpec spec = base;
    spec.trafficPercentile = trafficPercentile.value_or(spec.trafficPercentile);
    spec.isDefault = isDefault.value_or(spec.isDefault);
    spec.isControlVersionType = isControlVersionType.value_or(spec.isControlVersionType);
    spec.description = description.value_or(spec.description);
    spec.tags = tags.value_or(spec.tags);
    if (numReplicas) {
        spec.numReplicas = *numReplicas;
        // Fixing the count turns the autoscaler off, clearing it turns it back on, unless asked otherwise.
        spec.autoscaleEnabled = !spec.numReplicas.has_value();
    }
    spec.autoscaleEnabled = autoscaleEnabled.value_or(spec.autoscaleEnabled);
    spec.autoscaleMinReplicas = autoscaleMinReplicas.value_or(spec.autoscaleMinReplicas);
    spec.autoscaleMaxReplicas = autoscaleMaxReplicas.value_or(spec.autoscaleMaxReplicas);
    spec.autoscaleTargetUtilization = autoscaleTargetUtilization.value_or(spec.autoscaleTargetUtilization);
    spec.autoscaleRefreshSeconds = autoscaleRefreshSeconds.value_or(spec.autoscaleRefreshSeconds);
    spec.replicaMaxConcurrentRequests =
        replicaMaxConcurrentRequests.value_or(spec.replicaMaxConcurrentRequests);
    spec.maxRequestWaitTime = maxRequestWaitTime.value_or(spec.maxRequestWaitTime);
    spec.scoringTimeoutMs = scoringTimeoutMs.value_or(spec.scoringTimeoutMs);
    spec.collectModelData = collectModelData.value_or(spec.collectModelData);
    if (autoscaleEnabled && *autoscaleEnabled && !numReplicas)
        spec.numReplicas.reset(); // turning the autoscaler on releases a fixed count
    if (auto status = spec.validate(); !status)
        return status.error();
    return spec;
}

} // namespace switchyard
