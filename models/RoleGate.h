#pragma once

#include <optional>
#include <string>

#include <QCoreApplication>
#include <QString>

#include "api/OperatorInfo.h"

namespace switchyard::models {

// What the console lets a credential try, from its role (GET /api/v1/whoami): the server decides in the
// end, the console only disables what would be refused, saying which role it needs.
class RoleGate
{
    Q_DECLARE_TR_FUNCTIONS(RoleGate)

public:
    // True when `who`'s role reaches `needed` ("viewer", "operator", "admin"); true while the role is
    // unknown (not asked yet, or a server from before roles: it has one admin token).
    static bool allows(const std::optional<WhoAmI>& who, const std::string& needed);
    // "Needs the operator role." for a disabled control's tooltip; empty when `who` may.
    static QString refusal(const std::optional<WhoAmI>& who, const std::string& needed);
    // The role in the user's language.
    static QString roleText(const std::string& role);
};

} // namespace switchyard::models
