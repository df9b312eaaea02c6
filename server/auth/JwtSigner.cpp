#include "JwtSigner.h"

#include <limits>
#include <optional>

#include <nlohmann/json.hpp>

#include "Crypto.h"
#include "JsonText.h"

namespace switchyard::server {
namespace {
std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

const std::string kHeader = R"({"alg":"HS256","typ":"JWT"})";
} // namespace

JwtSigner::JwtSigner(std::string secret, std::chrono::seconds lifetime)
    : m_secret(std::move(secret)), m_lifetime(lifetime)
{}

MintedToken JwtSigner::mint(const std::string& endpoint, const std::string& epoch) const
{
    return mint(endpoint, epoch, unixNow());
}

MintedToken JwtSigner::mint(const std::string& endpoint, const std::string& epoch, std::int64_t now) const
{
    const std::int64_t exp = now + m_lifetime.count();
    const nlohmann::json claims{{"iss", "switchyard"}, {"aud", endpoint}, {"epo", epoch},
                                {"iat", now},          {"nbf", now},      {"exp", exp}};
    return {sign(claims), exp, now + m_lifetime.count() / 2};
}

std::string JwtSigner::sign(const nlohmann::json& claims) const
{
    const std::string signingInput =
        Crypto::base64UrlEncode(kHeader) + "." + Crypto::base64UrlEncode(jsonText(claims));
    return signingInput + "." + Crypto::base64UrlEncode(Crypto::hmacSha256(m_secret, signingInput));
}

bool JwtSigner::verify(std::string_view token, const std::string& endpoint, const std::string& epoch) const
{
    return verify(token, endpoint, epoch, unixNow());
}

bool JwtSigner::verify(std::string_view token, const std::string& endpoint, const std::string& epoch,
                       std::int64_t now) const
{
    const auto claims = verifiedClaims(token, now);
    if (!claims)
        return false;
    const auto text = [&](const char* name) { return claims->contains(name) && (*claims)[name].is_string(); };
    if (!text("aud") || !text("epo"))
        return false;
    return (*claims)["aud"].get<std::string>() == endpoint && (*claims)["epo"].get<std::string>() == epoch &&
           !epoch.empty();
}

std::optional<nlohmann::json> JwtSigner::verifiedClaims(std::string_view token, std::int64_t now) const
{
    const auto firstDot = token.find('.');
    const auto lastDot = token.rfind('.');
    if (firstDot == std::string_view::npos || firstDot == lastDot)
        return std::nullopt;
    const auto signingInput = token.substr(0, lastDot);
    const auto expected = Crypto::base64UrlEncode(Crypto::hmacSha256(m_secret, signingInput));
    // The signature is checked before anything in the token is trusted.
    if (!Crypto::constantTimeEquals(expected, token.substr(lastDot + 1)))
        return std::nullopt;
    std::string header;
    std::string payload;
    if (!Crypto::base64UrlDecode(token.substr(0, firstDot), header) ||
        !Crypto::base64UrlDecode(token.substr(firstDot + 1, lastDot - firstDot - 1), payload))
        return std::nullopt;
    const auto h = nlohmann::json::parse(header, nullptr, false);
    auto claims = nlohmann::json::parse(payload, nullptr, false);
    if (!h.is_object() || !h.contains("alg") || !h["alg"].is_string() || h["alg"] != "HS256" ||
        !claims.is_object())
        return std::nullopt;
    // Times are signed 64-bit seconds; an unsigned value past that range (2^64-1) is not wrapped into one.
    const auto time = [&](const char* name) -> std::optional<std::int64_t> {
        if (!claims.contains(name) || !claims[name].is_number_integer())
            return std::nullopt;
        if (claims[name].is_number_unsigned() &&
            claims[name].get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return claims[name].get<std::int64_t>();
    };
    const auto exp = time("exp");
    if (!exp || now >= *exp)
        return std::nullopt;
    // A token that names a time before which it is not valid is not valid before it.
    if (claims.contains("nbf")) {
        const auto nbf = time("nbf");
        if (!nbf || now < *nbf)
            return std::nullopt;
    }
    return claims;
}

} // namespace switchyard::server
