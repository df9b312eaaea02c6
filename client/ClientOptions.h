#pragma once

#include <chrono>
#include <string>

namespace switchyard::client {

// How a SwitchyardClient reaches one cluster. Verification of the server's certificate is ON unless
// `insecure` is set explicitly; `caFile` adds a trust anchor (e.g. a self-signed cluster certificate).
struct ClientOptions
{
    std::string baseUrl = "http://127.0.0.1:8480";
    std::string adminToken; // sent as "Authorization: Bearer …" on /api/v1 and /metrics; never logged
    std::string caFile;
    bool insecure = false;
    std::chrono::milliseconds connectTimeout{5000};
    std::chrono::milliseconds totalTimeout{60000}; // per attempt; long-polls add their wait on top
    // Idempotent calls (GET/PUT/DELETE) are retried on connection failures and 503.
    int maxRetries = 3;
    std::chrono::milliseconds retryBaseDelay{200};
    std::chrono::milliseconds retryMaxDelay{5000};
};

} // namespace switchyard::client
