#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "JwtSigner.h"

namespace switchyard::server {

// What a model credential lets its holder fetch: one version's model, while it is this exact file.
struct ModelGrant
{
    std::string endpoint;
    std::string version;
    std::string modelSha256;
};

// The credential a replica presents to GET /api/v1/replica/model: an HS256 token from the server's
// JwtSigner, valid one hour, with the audience "switchyard:replica-model" and the scope "replica-model".
// No other credential has that audience (a scoring token's audience is an endpoint name, which cannot
// contain ':'), and a model credential has no "epo" claim, which every scoring token needs; the admin
// token is not a JWT. So neither opens the other's routes. Thread-safe.
class ModelCredential
{
public:
    static constexpr std::chrono::seconds kLifetime{3600};
    static constexpr const char* kAudience = "switchyard:replica-model";
    static constexpr const char* kScope = "replica-model";

    explicit ModelCredential(std::shared_ptr<const JwtSigner> signer);

    std::string issue(const ModelGrant& grant) const;
    std::string issue(const ModelGrant& grant, std::int64_t now) const;
    // The grant of an untampered model credential inside its validity window; nothing for anything else.
    std::optional<ModelGrant> verify(std::string_view token) const;
    std::optional<ModelGrant> verify(std::string_view token, std::int64_t now) const;

private:
    std::shared_ptr<const JwtSigner> m_signer;
};

} // namespace switchyard::server
