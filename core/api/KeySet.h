#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"

namespace switchyard {

// GET …/keys and POST …/keys/regenerate. Secrets: never log these.
struct KeySet
{
    std::string primaryKey;
    std::string secondaryKey;
    std::string primaryRotatedAt;
    std::string secondaryRotatedAt;

    static Result<KeySet> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const KeySet&) const = default;
};

} // namespace switchyard
