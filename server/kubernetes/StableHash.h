#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace switchyard {

// A hash that never changes between builds, hosts or releases (unlike std::hash), because it ends up
// in object names and annotations that a later server must compute again to adopt them. FNV-1a,
// 64 bits: not a defence against someone choosing colliding names on purpose, which the callers do
// not need (they are given the names by the cluster's own administrators).
class StableHash
{
public:
    static std::uint64_t fnv1a64(std::string_view text);
    // The lower `digits` hex digits (1 to 16) of fnv1a64, lower case.
    static std::string hex(std::string_view text, int digits = 16);
};

} // namespace switchyard
