// JWT verification (server/auth/JwtSigner) and the base64url it rests on (Crypto). The first byte picks:
//   0: the rest is a bearer token as a client sends it, verified for endpoint "ep-one";
//   1: the rest is "<header JSON>\n<claims JSON>", signed here with the server's secret, so the claim
//      checks behind the signature are reached (a forged token never gets there);
//   2: the rest goes through base64url encode/decode;
//   3: the rest is an endpoint name: a token minted for it verifies for it and for nothing else.
// Checks beyond "no crash": nothing verifies unless it is signed with the secret, for the endpoint asked,
// with an integer exp in the future; base64url decodes what it encodes.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "Crypto.h"
#include "FuzzCheck.h"
#include "JwtSigner.h"
#include "Names.h"

using namespace switchyard;
using namespace switchyard::server;

namespace {

const std::string kSecret(32, 's');
constexpr std::int64_t kNow = 1'800'000'000;
const std::string kEndpoint = "ep-one";
const std::string kEpoch = "epoch-1";

const JwtSigner& signer()
{
    static const JwtSigner instance(kSecret, std::chrono::seconds(3600));
    return instance;
}

// Tokens carry the endpoint's epoch ("epo"), so that a token does not outlive its endpoint.
bool verify(std::string_view token, const std::string& endpoint, std::int64_t now = kNow)
{
    return signer().verify(token, endpoint, kEpoch, now);
}

MintedToken mint(const std::string& endpoint, std::int64_t now = kNow)
{
    return signer().mint(endpoint, kEpoch, now);
}

std::string sign(std::string_view header, std::string_view claims)
{
    const std::string input = Crypto::base64UrlEncode(header) + "." + Crypto::base64UrlEncode(claims);
    return input + "." + Crypto::base64UrlEncode(Crypto::hmacSha256(kSecret, input));
}

// What a verified token must say: HS256, the endpoint as audience, an integer exp after now.
bool claimsAllow(std::string_view header, std::string_view claims, const std::string& endpoint)
{
    const auto h = nlohmann::json::parse(header, nullptr, false);
    const auto c = nlohmann::json::parse(claims, nullptr, false);
    if (!h.is_object() || !h.contains("alg") || h["alg"] != "HS256" || !c.is_object())
        return false;
    if (!c.contains("aud") || c["aud"] != endpoint || !c.contains("exp"))
        return false;
    // Not before: absent, or an integer not after now (2^63 and above are never "not after now").
    if (c.contains("nbf")) {
        const auto& nbf = c["nbf"];
        if (!nbf.is_number_integer())
            return false;
        if (nbf.is_number_unsigned() ? nbf.get<std::uint64_t>() > std::uint64_t(kNow)
                                     : nbf.get<std::int64_t>() > kNow)
            return false;
    }
    const auto& exp = c["exp"];
    if (exp.is_number_unsigned())
        return true; // at or above 2^63: in the future, though a verifier may refuse it
    return exp.is_number_integer() && exp.get<std::int64_t>() > kNow;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 4) {
    case 0: {
        // A token that verifies was signed with the secret (a forgery by chance is 2^-256) and its
        // claims allow it.
        if (!verify(rest, kEndpoint))
            break;
        const auto first = rest.find('.');
        const auto last = rest.rfind('.');
        fuzz::check(first != std::string_view::npos && first != last, "a token without three parts verified");
        fuzz::check(rest.substr(last + 1) ==
                        Crypto::base64UrlEncode(Crypto::hmacSha256(kSecret, rest.substr(0, last))),
                    "a token verified whose signature is not the secret's");
        std::string header;
        std::string claims;
        fuzz::check(Crypto::base64UrlDecode(rest.substr(0, first), header) &&
                        Crypto::base64UrlDecode(rest.substr(first + 1, last - first - 1), claims) &&
                        claimsAllow(header, claims, kEndpoint),
                    "a token verified whose claims do not allow it");
        break;
    }
    case 1: {
        const auto split = rest.find('\n');
        const auto header = rest.substr(0, split);
        const auto claims = split == std::string_view::npos ? std::string_view() : rest.substr(split + 1);
        const std::string token = sign(header, claims);
        const bool verified = verify(token, kEndpoint);
        if (verified)
            fuzz::check(claimsAllow(header, claims, kEndpoint),
                        "a token verified whose claims do not allow it: " + std::string(rest));
        fuzz::check(!verify(token, "ep-two"), "a token verified for another endpoint");
        if (token.size() > 1) {
            // The same token with its signature's last character changed.
            std::string tampered = token;
            tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
            fuzz::check(!verify(tampered, kEndpoint), "a tampered token verified");
        }
        break;
    }
    case 2: {
        std::string decoded;
        fuzz::check(Crypto::base64UrlDecode(Crypto::base64UrlEncode(rest), decoded) && decoded == rest,
                    "base64url does not decode what it encodes");
        if (Crypto::base64UrlDecode(rest, decoded)) {
            std::string again;
            fuzz::check(Crypto::base64UrlDecode(Crypto::base64UrlEncode(decoded), again) && again == decoded,
                        "base64url: a decoded value does not survive encode/decode");
        }
        break;
    }
    default: {
        // Endpoint names are validated before a token is minted for them.
        const std::string endpoint(rest);
        if (!validateResourceName(endpoint, "name"))
            break;
        const auto minted = mint(endpoint);
        fuzz::check(verify(minted.accessToken, endpoint), "a minted token does not verify");
        fuzz::check(!verify(minted.accessToken, endpoint, minted.expiryOn), "a token verified at expiry");
        fuzz::check(!verify(minted.accessToken, endpoint + "x"), "a token verified for another endpoint");
        break;
    }
    }
    return 0;
}
