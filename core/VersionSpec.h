#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "InferenceConfig.h"
#include "Result.h"

namespace switchyard {

// Everything a version is created with, with the contract's defaults (AksEndpoint.create_version).
struct VersionSpec
{
    std::string versionName;
    std::string model;
    InferenceConfig inferenceConfig;
    double cpuCores = 0.1;
    double memoryGb = 0.5;
    std::optional<int> numReplicas;
    bool autoscaleEnabled = true;
    int autoscaleMinReplicas = 1;
    int autoscaleMaxReplicas = 10;
    int autoscaleTargetUtilization = 70;
    int autoscaleRefreshSeconds = 1;
    int replicaMaxConcurrentRequests = 1;
    int maxRequestWaitTime = 500;
    int scoringTimeoutMs = 60000;
    int periodSeconds = 10;
    int initialDelaySeconds = 310;
    int timeoutSeconds = 2;
    int successThreshold = 1;
    int failureThreshold = 3;
    int trafficPercentile = 0;
    bool isDefault = false;
    bool isControlVersionType = false;
    bool collectModelData = false;
    std::string description;
    std::map<std::string, std::string> tags;

    // Strict: unknown fields, wrong types, bad names and broken field rules (2 and 7) are errors.
    static Result<VersionSpec> fromJson(const nlohmann::json& json);
    // A spec the store wrote: the fields are read as strictly, but the rules are not checked again, so a
    // version accepted under older limits (a longer description, a finer cpu_cores) stays readable.
    static Result<VersionSpec> fromStored(const nlohmann::json& json);
    // The request form, with "version_name".
    nlohmann::json toJson() const;
    // The spec's fields as a Version response carries them (with "name").
    nlohmann::json toResponseFields() const;

    // Rules 2 (own percentile) and 7, plus the sanity of every other number.
    Status validate() const;
    // The replicas the version needs at least: the fixed count, or the autoscaler's minimum.
    int minimumReplicas() const;
    bool operator==(const VersionSpec&) const = default;
};

} // namespace switchyard
