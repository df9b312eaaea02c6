#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "Result.h"

namespace switchyard::replica {

// Where a replica without a model file gets its model: GET `url` from the server with a per-version model
// credential (Kubernetes puts both in the pod's environment, so model bytes need no shared volume).
struct ModelFetchSettings
{
    std::string url;
    std::string token;  // sent as "Authorization: Bearer <token>", never logged
    std::string caFile; // a PEM bundle to verify the server with instead of the system's; empty: system
    std::string sha256; // lower-case hex the bytes must hash to; empty: not checked
    std::uint64_t maxBytes = 256ull * 1024 * 1024; // the server's own model upload limit
    int attempts = 6;
    std::chrono::milliseconds firstBackoff{500}; // doubled after each failed attempt, at most 8 s
    std::chrono::seconds connectTimeout{10};
    std::chrono::seconds totalTimeout{300};
};

// libcurl, TLS verified (peer and host name), no redirects (the credential must not follow one to another
// host), http and https only. Retries what may pass (no connection, a timeout, 5xx, 429: the server may be
// restarting); a 4xx is final (a bad, expired or other-scope credential, or a model that changed).
class ModelFetch
{
public:
    static Result<std::string> fetch(const ModelFetchSettings& settings, std::ostream& log);
    // Lower-case hex SHA-256 of `bytes`.
    static std::string sha256Hex(std::string_view bytes);
    // The digest check both model sources get (a fetched body and a MODEL_PATH file): nothing when
    // `expectedHex` is empty or matches, else the error naming both digests.
    static Status checkSha256(std::string_view bytes, const std::string& expectedHex);
};

} // namespace switchyard::replica
