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
    const std::string signingInput =
        Crypto::base64UrlEncode(kHeader) + "." + Crypto::base64UrlEncode(jsonText(claims));
    const std::string signature = Crypto::base64UrlEncode(Crypto::hmacSha256(m_secret, signingInput));
    return {signingInput + "." + signature, exp, now + m_lifetime.count() / 2};
}

bool JwtSigner::verify(std::string_view token, const std::string& endpoint, const std::string& epoch) const
{
    return verify(token, endpoint, epoch, unixNow());
}

bool JwtSigner::verify(std::string_view token, const std::string& endpoint, const std::string& epoch,
                       std::int64_t now) const
{
    const auto firstDot = token.find('.');
    const auto lastDot = token.rfind('.');
    if (firstDot == std::string_view::npos || firstDot == lastDot)
        return false;
    const auto signingInput = token.substr(0, lastDot);
    const auto expected = Crypto::base64UrlEncode(Crypto::hmacSha256(m_secret, signingInput));
    // The signature is checked before anything in the token is trusted.
    if (!Crypto::constantTimeEquals(expected, token.substr(lastDot + 1)))
        return false;
    std::string header;
    std::string payload;
    if (!Crypto::base64UrlDecode(token.substr(0, firstDot), header) ||
        !Crypto::base64UrlDecode(token.substr(firstDot + 1, lastDot - firstDot - 1), payload))
        return false;
    const auto h = nlohmann::json::parse(header, nullptr, false);
    const auto claims = nlohmann::json::parse(payload, nullptr, false);
    const auto text = [](const nlohmann::json& object, const char* name) {
        return object.contains(name) && object[name].is_string();
    };
    if (!h.is_object() || !text(h, "alg") || h["alg"] != "HS256" || !claims.is_object())
        return false;
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
    if (!exp || !text(claims, "aud") || !text(claims, "epo"))
        return false;
    // A token that names a time before which it is not valid is not valid before it.
    if (claims.contains("nbf")) {
        const auto nbf = time("nbf");
        if (!nbf || now < *nbf)
            return false;
    }
    return claims["aud"].get<std::string>() == endpoint && claims["epo"].get<std::string>() == epoch &&
           !epoch.empty() && now < *exp;
}

} // namespace switchyard::server
