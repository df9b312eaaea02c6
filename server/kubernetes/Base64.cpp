#include "Base64.h"

#include <algorithm>

#include <openssl/evp.h>

namespace switchyard {

std::optional<std::string> Base64::decode(std::string_view text)
{
    // OpenSSL decodes; the text is checked first, because EVP_DecodeBlock is more lenient than this
    // reading is (it skips surrounding whitespace only, and does not place the padding).
    std::string compact;
    compact.reserve(text.size());
    for (const char c : text) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            compact += c;
    }
    if (compact.size() % 4 != 0)
        return std::nullopt;
    const auto body = compact.find_last_not_of('=') + 1; // npos + 1 == 0: nothing but padding
    const std::size_t padding = compact.size() - body;
    if (padding > 2)
        return std::nullopt;
    const auto inAlphabet = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '/';
    };
    if (!std::all_of(compact.begin(), compact.begin() + static_cast<std::ptrdiff_t>(body), inAlphabet))
        return std::nullopt;
    std::string out(compact.size() / 4 * 3, '\0');
    const int length = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                       reinterpret_cast<const unsigned char*>(compact.data()),
                                       static_cast<int>(compact.size()));
    if (length < 0)
        return std::nullopt;
    // It counts the bytes the padding stands for as decoded zeros.
    out.resize(static_cast<std::size_t>(length) - padding);
    return out;
}

std::string Base64::encode(std::string_view bytes)
{
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int written =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                        reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    out.resize(written > 0 ? static_cast<std::size_t>(written) : 0);
    return out;
}

} // namespace switchyard
