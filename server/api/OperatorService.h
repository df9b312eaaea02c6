#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "OperatorRegistry.h"
#include "Result.h"
#include "ServiceContext.h"

namespace switchyard::server {

// Named operator credentials: create (the token is answered this once and stored only as its hash),
// list (never a token), revoke. Store thread only; the registry learns each change as it commits, so a
// revoked credential fails from the next request on.
class OperatorService
{
public:
    // The longest life a credential can be given: ten years.
    static constexpr int kMaxExpiresInSeconds = 10 * 365 * 24 * 3600;

    // Loads the stored operators into `registry` (call before the store thread runs).
    OperatorService(ServiceContext& ctx, OperatorRegistry& registry);

    Result<nlohmann::json> create(const nlohmann::json& body);
    nlohmann::json list();
    Status remove(const std::string& name);
    nlohmann::json whoami(const Identity& identity);
    // Writes `name`'s last use to the store, at most once a minute.
    void recordUse(const std::string& name);

private:
    ServiceContext& m_ctx;
    OperatorRegistry& m_registry;
};

} // namespace switchyard::server
