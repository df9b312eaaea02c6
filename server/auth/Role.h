#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace switchyard::server {

// What an operator credential may do, each role everything the one below it may: a viewer reads
// everything but secrets, an operator also steers traffic, versions, keys and tokens, an admin also
// manages endpoints, models and operators. The data dir's admin token is an admin.
enum class Role
{
    Viewer = 1,
    Operator = 2,
    Admin = 3,
};

std::string roleName(Role role);
// "viewer", "operator" or "admin"; nothing for anything else.
std::optional<Role> parseRole(std::string_view name);
inline bool allows(Role held, Role needed)
{
    return static_cast<int>(held) >= static_cast<int>(needed);
}

} // namespace switchyard::server
