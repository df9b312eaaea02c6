#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"

namespace switchyard {

// POST …/token: a JWT for a token-auth endpoint. Times are unix seconds. Secret: never log it.
struct AccessToken
{
    std::string accessToken;
    std::string tokenType = "Bearer";
    std::int64_t expiryOn = 0;
    std::int64_t refreshAfter = 0;

    static Result<AccessToken> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const AccessToken&) const = default;
};

} // namespace switchyard
