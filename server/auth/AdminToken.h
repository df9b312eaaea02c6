#pragma once

#include <string>

#include "Result.h"

namespace switchyard::server {

// The management API's bearer token: read from `path`, or created there (mode 0600) on first start.
class AdminToken
{
public:
    static Result<std::string> loadOrCreate(const std::string& path);
};

} // namespace switchyard::server
