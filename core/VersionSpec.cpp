#include "VersionSpec.h"

#include <nlohmann/json.hpp>

#include "Capacity.h"
#include "Metadata.h"
#include "Names.h"
#include "VersionSpecFields.h"

namespace switchyard {

Result<VersionSpec> VersionSpec::fromJson(const nlohmann::json& json)
{
    // Read as a stored spec is, then held to today's rules.
    auto read = fromStored(json);
    if (!read)
        return read;
    VersionSpec spec = std::move(read).value();
    if (auto status = validateResourceName(spec.versionName, "version_name"); !status)
        return status.error();
    if (auto status = spec.validate(); !status)
        return status.error();
    // "demo:01" and "demo:1" name the same model version: store and show one spelling.
    spec.model = parseModelRef(spec.model)->toString();
    return spec;
}

Result<VersionSpec> VersionSpec::fromStored(const nlohmann::json& json)
{
    VersionSpec spec;
    JsonReader reader(json);
    reader.required("version_name", spec.versionName);
    if (auto status = VersionSpecFields::read(reader, spec); !status)
        return status.error();
    if (auto status = reader.finish(); !status)
        return status.error();
    return spec;
}

nlohmann::json VersionSpec::toJson() const
{
    auto json = VersionSpecFields::write(*this);
    json["version_name"] = versionName;
    return json;
}

nlohmann::json VersionSpec::toResponseFields() const
{
    auto json = VersionSpecFields::write(*this);
    json["name"] = versionName;
    return json;
}

int VersionSpec::minimumReplicas() const
{
    return numReplicas ? *numReplicas : autoscaleMinReplicas;
}

Status VersionSpec::validate() const
{
    if (auto status = parseModelRef(model); !status)
        return status.error();
    if (auto status = inferenceConfig.validate(); !status)
        return status;
    struct Bound
    {
        const char* field;
        long long value;
        long long min;
        long long max;
        const char* unit; // appended to the range, e.g. " ms"
    };
    const Bound bounds[] = {
        {"traffic_percentile", trafficPercentile, 0, 100, ""},
        {"autoscale_min_replicas", autoscaleMinReplicas, 1, 100, ""},
        {"autoscale_max_replicas", autoscaleMaxReplicas, 1, 100, ""},
        {"autoscale_target_utilization", autoscaleTargetUtilization, 1, 100, ""},
        {"autoscale_refresh_seconds", autoscaleRefreshSeconds, 1, 3600, ""},
        {"replica_max_concurrent_requests", replicaMaxConcurrentRequests, 1, 1000, ""},
        {"max_request_wait_time", maxRequestWaitTime, 0, 3600000, " ms"},
        {"scoring_timeout_ms", scoringTimeoutMs, 1, 3600000, " ms"},
        {"period_seconds", periodSeconds, 1, 3600, ""},
        {"initial_delay_seconds", initialDelaySeconds, 0, 3600, ""},
        {"timeout_seconds", timeoutSeconds, 1, 3600, ""},
        {"success_threshold", successThreshold, 1, 100, ""},
        {"failure_threshold", failureThreshold, 1, 100, ""},
        {"num_replicas", numReplicas.value_or(1), 1, 100, ""},
    };
    // The message is built from the bound itself, so it always states the rule that was broken.
    for (const auto& b : bounds) {
        if (b.value < b.min || b.value > b.max)
            return Error::badRequest("InvalidValue",
                                     std::string(b.field) + " must be between " + std::to_string(b.min) +
                                         " and " + std::to_string(b.max) + b.unit + ", not " +
                                         std::to_string(b.value) + ".",
                                     b.field);
    }
    if (autoscaleMinReplicas > autoscaleMaxReplicas)
        return Error::badRequest("InvalidValue",
                                 "autoscale_min_replicas (" + std::to_string(autoscaleMinReplicas) +
                                     ") must not exceed autoscale_max_replicas (" +
                                     std::to_string(autoscaleMaxReplicas) + ").",
                                 "autoscale_min_replicas");
    if (auto status = validateResourceAmount("cpu_cores", cpuCores, kMaxCpuCores, "cores"); !status)
        return status;
    if (auto status = validateResourceAmount("memory_gb", memoryGb, kMaxMemoryGb, "GB"); !status)
        return status;
    if (auto status = validateDescription(description); !status)
        return status;
    if (auto status = validateTags(tags); !status)
        return status;
    if (numReplicas && autoscaleEnabled)
        return Error::badRequest("InvalidValue",
                                 "num_replicas fixes the replica count; it cannot be combined with "
                                 "autoscale_enabled: true.",
                                 "num_replicas");
    return {};
}

} // namespace switchyard
