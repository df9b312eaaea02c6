#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"

namespace switchyard {

// One named operator credential (GET/POST /api/v1/operators). `token` is there only in the answer to
// its creation, this once: a secret, never log it. Empty times were null (never expires, never used).
struct OperatorInfo
{
    std::string name;
    std::string role; // viewer, operator, admin
    std::string createdAt;
    std::string expiresAt;
    std::string lastUsedAt;
    std::string token;

    static Result<OperatorInfo> fromJson(const nlohmann::json& json);
    static Result<std::vector<OperatorInfo>> listFromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const OperatorInfo&) const = default;
};

// GET /api/v1/whoami: who the credential in use belongs to.
struct WhoAmI
{
    std::string name;
    std::string role;
    bool bootstrap = false; // the data dir's admin token
    std::string expiresAt;  // empty: never

    static Result<WhoAmI> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const WhoAmI&) const = default;
};

} // namespace switchyard
