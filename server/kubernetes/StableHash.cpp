#include "StableHash.h"

#include <algorithm>

namespace switchyard {

std::uint64_t StableHash::fnv1a64(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::string StableHash::hex(std::string_view text, int digits)
{
    digits = std::clamp(digits, 1, 16);
    std::uint64_t hash = fnv1a64(text);
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = "0123456789abcdef"[hash & 0xf];
        hash >>= 4;
    }
    return out;
}

} // namespace switchyard
