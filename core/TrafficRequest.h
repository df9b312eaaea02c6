#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"

namespace switchyard {

// PUT /api/v1/endpoints/{ep}/traffic: one atomic reallocation. Versions not named get 0.
struct TrafficRequest
{
    std::map<std::string, int> traffic;
    std::optional<std::string> defaultVersion;                // absent: unchanged
    std::optional<std::optional<std::string>> controlVersion; // absent: unchanged; null: no control

    static Result<TrafficRequest> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
};

} // namespace switchyard
