#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace switchyard::server {

// The few OpenSSL primitives the management side needs, in one place.
class Crypto
{
public:
    // `bytes` random bytes from OpenSSL's CSPRNG; throws if it cannot deliver.
    static std::string randomBytes(std::size_t bytes);
    // A secret of `bytes` random bytes as URL-safe base64 without padding (32 bytes: 256 bits).
    static std::string randomToken(std::size_t bytes = 32);
    static std::string base64UrlEncode(std::string_view data);
    // Empty optional-like failure: returns false when `text` is not unpadded URL-safe base64.
    static bool base64UrlDecode(std::string_view text, std::string& out);
    static std::string sha256Hex(std::string_view data);
    static std::string hmacSha256(std::string_view key, std::string_view data);
    // Constant time in the contents; lengths are compared through fixed-size digests so a mismatch
    // in length reveals nothing either.
    static bool constantTimeEquals(std::string_view a, std::string_view b);
};

} // namespace switchyard::server
