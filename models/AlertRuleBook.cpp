#include "AlertRuleBook.h"

namespace switchyard::models {

AlertRule AlertRuleBook::rule(const QString& cluster, const QString& endpoint, AlertKind kind) const
{
    if (!endpoint.isEmpty() && kind != AlertKind::ClusterUnreachable)
        if (const auto r = own(cluster, endpoint, kind))
            return *r;
    if (const auto r = own(cluster, {}, kind))
        return *r;
    return AlertRule::defaults(kind);
}

std::optional<AlertRule> AlertRuleBook::own(const QString& cluster, const QString& endpoint,
                                            AlertKind kind) const
{
    const auto scope = m_rules.find({cluster, endpoint});
    if (scope == m_rules.end())
        return std::nullopt;
    const auto r = scope->second.find(kind);
    if (r == scope->second.end())
        return std::nullopt;
    return r->second;
}

void AlertRuleBook::set(const QString& cluster, const QString& endpoint, AlertKind kind,
                        const AlertRule& rule)
{
    m_rules[{cluster, endpoint}][kind] = rule;
}

void AlertRuleBook::unset(const QString& cluster, const QString& endpoint, AlertKind kind)
{
    const auto scope = m_rules.find({cluster, endpoint});
    if (scope == m_rules.end())
        return;
    scope->second.erase(kind);
    if (scope->second.empty())
        m_rules.erase(scope);
}

std::vector<std::pair<QString, QString>> AlertRuleBook::scopes() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const auto& [scope, rules] : m_rules)
        out.push_back(scope);
    return out;
}

} // namespace switchyard::models
