#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace switchyard::server {

struct MintedToken
{
    std::string accessToken;
    std::int64_t expiryOn = 0;     // unix seconds
    std::int64_t refreshAfter = 0; // unix seconds, half way through the lifetime
};

// HS256 JSON Web Tokens for token-auth endpoints. The audience is the endpoint's name, so a token
// for one endpoint never opens another. Thread-safe (immutable after construction).
class JwtSigner
{
public:
    JwtSigner(std::string secret, std::chrono::seconds lifetime);

    MintedToken mint(const std::string& endpoint) const;
    MintedToken mint(const std::string& endpoint, std::int64_t now) const;
    // True only for an untampered, unexpired token minted for `endpoint`.
    bool verify(std::string_view token, const std::string& endpoint) const;
    bool verify(std::string_view token, const std::string& endpoint, std::int64_t now) const;

    std::chrono::seconds lifetime() const { return m_lifetime; }

private:
    std::string m_secret;
    std::chrono::seconds m_lifetime;
};

} // namespace switchyard::server
