#include "ModelCredential.h"

#include <nlohmann/json.hpp>

namespace switchyard::server {
namespace {

std::int64_t credentialNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

ModelCredential::ModelCredential(std::shared_ptr<const JwtSigner> signer) : m_signer(std::move(signer)) {}

std::string ModelCredential::issue(const ModelGrant& grant) const
{
    return issue(grant, credentialNow());
}

std::string ModelCredential::issue(const ModelGrant& grant, std::int64_t now) const
{
    const nlohmann::json claims{{"iss", "switchyard"},
                                {"aud", kAudience},
                                {"scope", kScope},
                                {"sub", grant.endpoint + "/" + grant.version},
                                {"endpoint", grant.endpoint},
                                {"version", grant.version},
                                {"model_sha256", grant.modelSha256},
                                {"iat", now},
                                {"nbf", now},
                                {"exp", now + kLifetime.count()}};
    return m_signer->sign(claims);
}

std::optional<ModelGrant> ModelCredential::verify(std::string_view token) const
{
    return verify(token, credentialNow());
}

std::optional<ModelGrant> ModelCredential::verify(std::string_view token, std::int64_t now) const
{
    const auto claims = m_signer->verifiedClaims(token, now);
    if (!claims)
        return std::nullopt;
    const auto text = [&](const char* name) -> std::optional<std::string> {
        if (!claims->contains(name) || !(*claims)[name].is_string())
            return std::nullopt;
        return (*claims)[name].get<std::string>();
    };
    if (text("aud") != kAudience || text("scope") != kScope)
        return std::nullopt;
    auto endpoint = text("endpoint");
    auto version = text("version");
    auto sha = text("model_sha256");
    if (!endpoint || !version || !sha || endpoint->empty() || version->empty() || sha->empty())
        return std::nullopt;
    return ModelGrant{std::move(*endpoint), std::move(*version), std::move(*sha)};
}

} // namespace switchyard::server
