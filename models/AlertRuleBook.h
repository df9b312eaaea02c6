#pragma once

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <QString>

#include "AlertRule.h"

namespace switchyard::models {

// The alert rules of every cluster and endpoint. A cluster (by its URL) may set its own rules; an endpoint
// of it may set its own in turn; what neither sets is the default (AlertRule::defaults). Each kind is
// resolved on its own, so an endpoint can change only its p99 threshold and keep the rest of its cluster.
// ClusterUnreachable is a cluster's rule only: an endpoint's setting for it is ignored.
class AlertRuleBook
{
public:
    // The rule that applies to `endpoint` of `cluster` (empty endpoint: the cluster's own).
    AlertRule rule(const QString& cluster, const QString& endpoint, AlertKind kind) const;
    // The rule set at exactly this scope, if any.
    std::optional<AlertRule> own(const QString& cluster, const QString& endpoint, AlertKind kind) const;
    void set(const QString& cluster, const QString& endpoint, AlertKind kind, const AlertRule& rule);
    void unset(const QString& cluster, const QString& endpoint, AlertKind kind);
    // Every (cluster, endpoint) that sets a rule of its own, sorted.
    std::vector<std::pair<QString, QString>> scopes() const;
    bool empty() const { return m_rules.empty(); }
    bool operator==(const AlertRuleBook&) const = default;

private:
    std::map<std::pair<QString, QString>, std::map<AlertKind, AlertRule>> m_rules;
};

} // namespace switchyard::models
