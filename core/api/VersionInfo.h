#pragma once

#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"
#include "VersionSpec.h"
#include "api/HealthState.h"

namespace switchyard {

// A Version as the API answers it: the spec's fields (with "name" for "version_name") plus its live state.
struct VersionInfo
{
    struct Replicas
    {
        int desired = 0;
        int ready = 0;
        int busy = 0;
        bool operator==(const Replicas&) const = default;
    };

    VersionSpec spec;
    HealthState state = HealthState::Transitioning;
    int effectiveTraffic = 0;
    Replicas replicas;
    std::string createdAt;
    std::string updatedAt;
    std::optional<std::string> error; // a sentence, when Failed

    const std::string& name() const { return spec.versionName; }

    static Result<VersionInfo> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const VersionInfo&) const = default;
};

} // namespace switchyard
