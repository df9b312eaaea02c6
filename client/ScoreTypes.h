#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "Error.h"

namespace switchyard::client {

// POST /score/{ep}: the body goes to a replica unchanged.
struct ScoreRequest
{
    std::string body;
    std::string contentType = "application/json";
    std::string credential;             // endpoint key or JWT; empty for auth_mode "none"; never logged
    std::optional<std::string> version; // X-Switchyard-Version: bypass the split
    std::optional<std::chrono::milliseconds> timeout;
};

// Any HTTP answer is a ScoreResult (a 401 or 503 is data for a load test); only a transport failure
// is an error of the call.
struct ScoreResult
{
    int status = 0;
    std::string body;
    std::string servedBy;  // X-Switchyard-Version
    std::string requestId; // X-Request-Id
    std::chrono::microseconds latency{0};

    bool ok() const { return status >= 200 && status < 300; }
    // The contract's error body of a non-2xx answer, read into an Error.
    Error error() const;
};

} // namespace switchyard::client
