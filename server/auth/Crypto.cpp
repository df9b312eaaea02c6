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
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int decodeChar(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
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
    std::string out;
    out.reserve((data.size() * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 2 < data.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(data[i]) << 16) |
                           (static_cast<unsigned char>(data[i + 1]) << 8) |
                           static_cast<unsigned char>(data[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    if (data.size() - i == 1) {
        const unsigned v = static_cast<unsigned char>(data[i]) << 16;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
    } else if (data.size() - i == 2) {
        const unsigned v =
            (static_cast<unsigned char>(data[i]) << 16) | (static_cast<unsigned char>(data[i + 1]) << 8);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

bool Crypto::base64UrlDecode(std::string_view text, std::string& out)
{
    if (text.size() % 4 == 1)
        return false;
    out.clear();
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        const int v = decodeChar(c);
        if (v < 0)
            return false;
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
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
