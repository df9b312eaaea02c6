#pragma once

#include <optional>
#include <string>

#include "CliContext.h"

namespace switchyard::cli {

// The scoring credential for an endpoint: --key (a key or JWT) when given, else fetched with the admin
// token (the primary key of a key-auth endpoint, a fresh JWT of a token-auth one, nothing for none).
class Credentials
{
public:
    static client::ApiResult<std::string> resolve(CliContext& ctx, const std::string& endpoint,
                                                  const std::optional<std::string>& given);
};

} // namespace switchyard::cli
