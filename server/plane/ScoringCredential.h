#pragma once

#include <cctype>
#include <string>
#include <string_view>

#include <boost/beast/http/field.hpp>
#include <boost/beast/http/message.hpp>
#include <openssl/crypto.h>

#include "DataPlane.h"

namespace switchyard::server {

// Whether a scoring request's header carries a credential its endpoint accepts: nothing for auth mode
// none, else "Authorization: Bearer <credential>" (the scheme in any case) with one of the two keys,
// compared in constant time (both always, so timing does not tell which one matched), or a token the
// management side verifies. One check for every data plane (the local one and NullDataPlane).
inline bool scoringCredentialAccepted(const ScoringAuth& auth,
                                      const boost::beast::http::request_header<>& header)
{
    if (auth.mode == AuthMode::None)
        return true;
    const auto field = header.find(boost::beast::http::field::authorization);
    if (field == header.end())
        return false;
    const std::string_view value(field->value().data(), field->value().size());
    constexpr std::string_view scheme = "bearer ";
    if (value.size() <= scheme.size())
        return false;
    for (std::size_t i = 0; i < scheme.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(value[i])) != scheme[i])
            return false;
    const auto credential = value.substr(scheme.size());
    if (auth.mode == AuthMode::Token)
        return auth.verifyToken && auth.verifyToken(credential);
    // Length is not secret (every key has the same length); the content is compared in constant time.
    const auto same = [&](const std::string& key) {
        return !key.empty() && credential.size() == key.size() &&
               CRYPTO_memcmp(credential.data(), key.data(), key.size()) == 0;
    };
    const bool primary = same(auth.primaryKey);
    const bool secondary = same(auth.secondaryKey);
    return primary | secondary;
}

} // namespace switchyard::server
