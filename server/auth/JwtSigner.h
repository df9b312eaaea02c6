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

    // `epoch` is the endpoint's token epoch (EndpointRecord::tokenEpoch), carried as the "epo" claim.
    MintedToken mint(const std::string& endpoint, const std::string& epoch) const;
    MintedToken mint(const std::string& endpoint, const std::string& epoch, std::int64_t now) const;
    // True only for an untampered token minted for `endpoint` under `epoch`, inside its nbf..exp window.
    bool verify(std::string_view token, const std::string& endpoint, const std::string& epoch) const;
    bool verify(std::string_view token, const std::string& endpoint, const std::string& epoch,
                std::int64_t now) const;

    std::chrono::seconds lifetime() const { return m_lifetime; }

private:
    std::string m_secret;
    std::chrono::seconds m_lifetime;
};

} // namespace switchyard::server
