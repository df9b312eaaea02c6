#include "Role.h"

namespace switchyard::server {

std::string roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return "viewer";
    case Role::Operator:
        return "operator";
    case Role::Admin:
        return "admin";
    }
    return "viewer";
}

std::optional<Role> parseRole(std::string_view name)
{
    for (const Role role : {Role::Viewer, Role::Operator, Role::Admin})
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

} // namespace switchyard::server
