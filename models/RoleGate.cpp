#include "RoleGate.h"

namespace switchyard::models {
namespace {
int rank(const std::string& role)
{
    if (role == "viewer")
        return 1;
    if (role == "operator")
        return 2;
    if (role == "admin")
        return 3;
    return 0;
}
} // namespace

bool RoleGate::allows(const std::optional<WhoAmI>& who, const std::string& needed)
{
    return !who || rank(who->role) >= rank(needed);
}

QString RoleGate::refusal(const std::optional<WhoAmI>& who, const std::string& needed)
{
    if (allows(who, needed))
        return {};
    return tr("Needs the %1 role; %2 is %3.")
        .arg(roleText(needed), QString::fromStdString(who->name), roleText(who->role));
}

QString RoleGate::roleText(const std::string& role)
{
    if (role == "viewer")
        return tr("viewer");
    if (role == "operator")
        return tr("operator");
    if (role == "admin")
        return tr("admin");
    return QString::fromStdString(role);
}

} // namespace switchyard::models
