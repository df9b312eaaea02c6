#include "Base64.h"

namespace switchyard {
namespace {

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

std::optional<std::string> Base64::decode(std::string_view text)
{
    std::string compact;
    compact.reserve(text.size());
    for (const char c : text) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            compact += c;
    }
    if (compact.size() % 4 != 0)
        return std::nullopt;
    std::string out;
    out.reserve(compact.size() / 4 * 3);
    for (std::size_t i = 0; i < compact.size(); i += 4) {
        const bool last = i + 4 == compact.size();
        int values[4];
        int padding = 0;
        for (int j = 0; j < 4; ++j) {
            const char c = compact[i + static_cast<std::size_t>(j)];
            if (c == '=' && last && j >= 2) {
                values[j] = 0;
                ++padding;
                continue;
            }
            if (padding > 0) // data after padding
                return std::nullopt;
            values[j] = sextet(c);
            if (values[j] < 0)
                return std::nullopt;
        }
        const unsigned bits = (static_cast<unsigned>(values[0]) << 18) |
                              (static_cast<unsigned>(values[1]) << 12) |
                              (static_cast<unsigned>(values[2]) << 6) | static_cast<unsigned>(values[3]);
        out += static_cast<char>((bits >> 16) & 0xff);
        if (padding < 2)
            out += static_cast<char>((bits >> 8) & 0xff);
        if (padding < 1)
            out += static_cast<char>(bits & 0xff);
    }
    return out;
}

} // namespace switchyard
