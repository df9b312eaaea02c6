#include "Crypto.h"

#include <array>
#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace switchyard::server {
namespace {

// The URL-safe alphabet (RFC 4648 §5) is the standard one with '-' for '+' and '_' for '/'.
bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

std::string Crypto::randomBytes(std::size_t bytes)
{
    std::string out(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(bytes)) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    return out;
}

std::string Crypto::randomToken(std::size_t bytes)
{
    return base64UrlEncode(randomBytes(bytes));
}

std::string Crypto::base64UrlEncode(std::string_view data)
{
    // EVP_EncodeBlock writes standard, padded base64 and a terminating NUL.
    std::string out(4 * ((data.size() + 2) / 3) + 1, '\0');
    const int length =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                        reinterpret_cast<const unsigned char*>(data.data()), static_cast<int>(data.size()));
    out.resize(static_cast<std::size_t>(length));
    while (!out.empty() && out.back() == '=')
        out.pop_back();
    for (char& c : out)
        c = c == '+' ? '-' : c == '/' ? '_' : c;
    return out;
}

bool Crypto::base64UrlDecode(std::string_view text, std::string& out)
{
    // EVP_DecodeBlock is more lenient than a token may be: it skips leading and trailing whitespace and
    // takes the standard alphabet and padding. So the text is checked first (unpadded URL-safe only, no
    // length that leaves a lone character), then translated and padded for it.
    if (text.size() % 4 == 1)
        return false;
    std::string standard;
    standard.reserve(text.size() + 2);
    for (const char c : text) {
        if (!isBase64UrlChar(c))
            return false;
        standard += c == '-' ? '+' : c == '_' ? '/' : c;
    }
    const std::size_t padding = (4 - standard.size() % 4) % 4;
    standard.append(padding, '=');
    out.assign(standard.size() / 4 * 3, '\0');
    const int length = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                       reinterpret_cast<const unsigned char*>(standard.data()),
                                       static_cast<int>(standard.size()));
    if (length < 0) {
        out.clear();
        return false;
    }
    // It counts the bytes the padding stands for as decoded zeros.
    out.resize(static_cast<std::size_t>(length) - padding);
    return true;
}

std::string Crypto::sha256Hex(std::string_view data)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest.data());
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : digest) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

std::string Crypto::hmacSha256(std::string_view key, std::string_view data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac.data(), &length))
        throw std::runtime_error("OpenSSL HMAC failed");
    return std::string(reinterpret_cast<const char*>(mac.data()), length);
}

bool Crypto::constantTimeEquals(std::string_view a, std::string_view b)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> da{}, db{};
    SHA256(reinterpret_cast<const unsigned char*>(a.data()), a.size(), da.data());
    SHA256(reinterpret_cast<const unsigned char*>(b.data()), b.size(), db.data());
    return CRYPTO_memcmp(da.data(), db.data(), da.size()) == 0 && a.size() == b.size();
}

} // namespace switchyard::server
