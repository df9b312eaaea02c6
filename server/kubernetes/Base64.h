#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace switchyard {

// Strict standard base64 (RFC 4648 alphabet, '=' padding) as kubeconfig "-data" fields hold it.
class Base64
{
public:
    // Whitespace is skipped (a YAML block scalar may wrap the text); anything else off the alphabet,
    // misplaced padding or a length that is not a multiple of four is refused.
    static std::optional<std::string> decode(std::string_view text);
    // Standard base64 with padding, no line breaks (a Secret's data values).
    static std::string encode(std::string_view bytes);
};

} // namespace switchyard
