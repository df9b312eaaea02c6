#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"

namespace switchyard {

// One registered model version: POST /api/v1/models/{name} answers one, GET /api/v1/models lists them.
struct ModelInfo
{
    std::string name;
    int version = 0;
    std::string sha256;
    std::int64_t sizeBytes = 0;
    std::string createdAt;

    std::string reference() const { return name + ":" + std::to_string(version); }

    static Result<ModelInfo> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    // {"models": […]}
    static Result<std::vector<ModelInfo>> listFromJson(const nlohmann::json& json);
    static nlohmann::json listToJson(const std::vector<ModelInfo>& models);
    bool operator==(const ModelInfo&) const = default;
};

} // namespace switchyard
