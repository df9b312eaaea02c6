#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace switchyard::server {

struct MintedToken
{
    std::string accessToken;
    std::int64_t expiryOn = 0;     // unix seconds
    std::int64_t refreshAfter = 0; // unix seconds, half way through the lifetime
};

// HS256 JSON Web Tokens for token-auth endpoints. The audience is the endpoint's name, so a token
// for one endpoint never opens another. Thread-safe (immutable after construction).
// sign() and verifiedClaims() are the signing core other credentials signed with the same secret use
// (ModelCredential); each kind names an audience no other kind can carry, so none opens another's routes.
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

    // "header.payload.signature" for these claims.
    std::string sign(const nlohmann::json& claims) const;
    // The claims of an untampered HS256 token inside its nbf..exp window ("exp" required); nothing else.
    std::optional<nlohmann::json> verifiedClaims(std::string_view token, std::int64_t now) const;

private:
    std::string m_secret;
    std::chrono::seconds m_lifetime;
};

} // namespace switchyard::server
