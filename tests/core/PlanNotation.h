#pragma once

#include <QString>
#include <QStringList>

#include "TrafficPlan.h"

namespace switchyard::test {

// A compact way to write a plan in a test row: "a=20,b=40dc" is a at 20 %, b at 40 % and the default (d)
// and the control (c). describe() writes the same notation back, so rows compare whole plans.
inline TrafficPlan planFrom(const QString& notation)
{
    std::vector<VersionRole> roles;
    for (const QString& token : notation.split(',', Qt::SkipEmptyParts)) {
        const auto parts = token.split('=');
        VersionRole role;
        role.name = parts[0].toStdString();
        QString rest = parts.value(1);
        role.isDefault = rest.contains('d');
        role.isControl = rest.contains('c');
        rest.remove('d').remove('c');
        role.trafficPercentile = rest.toInt();
        roles.push_back(role);
    }
    return TrafficPlan(roles);
}

inline QString describe(const TrafficPlan& plan)
{
    QStringList tokens;
    for (const auto& v : plan.versions())
        tokens << QString::fromStdString(v.name) + '=' + QString::number(v.trafficPercentile) +
                      (v.isDefault ? "d" : "") + (v.isControl ? "c" : "");
    return tokens.join(',');
}

inline QString describe(const std::map<std::string, int>& split)
{
    QStringList tokens;
    for (const auto& [name, percent] : split)
        tokens << QString::fromStdString(name) + '=' + QString::number(percent);
    return tokens.join(',');
}

} // namespace switchyard::test
