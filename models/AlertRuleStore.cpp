#include "AlertRuleStore.h"

#include <cmath>

#include <QLoggingCategory>
#include <QSettings>

namespace switchyard::models {
namespace {

Q_LOGGING_CATEGORY(lcAlertRules, "switchyard.alerts.rules")

const QString kScopes = QStringLiteral("alerts/scopes");
const QString kMuted = QStringLiteral("alerts/muteNotifications");

std::optional<double> number(const QVariant& value)
{
    bool ok = false;
    const double x = value.toDouble(&ok);
    return ok && std::isfinite(x) && x >= 0 ? std::optional<double>(x) : std::nullopt;
}

std::optional<AlertRule> readRule(QSettings& settings, AlertKind kind)
{
    const QString prefix = alertKindKey(kind) + QLatin1Char('/');
    if (!settings.contains(prefix + QStringLiteral("enabled")))
        return std::nullopt;
    AlertRule rule = AlertRule::defaults(kind);
    rule.enabled = settings.value(prefix + QStringLiteral("enabled")).toBool();
    const auto forSeconds = number(settings.value(prefix + QStringLiteral("forSeconds"), rule.forSeconds));
    const auto threshold = number(settings.value(prefix + QStringLiteral("threshold"), rule.threshold));
    if (!forSeconds || !threshold || *forSeconds > 7 * 24 * 3600) {
        qCWarning(lcAlertRules) << "ignored the alert rule" << prefix << "in" << settings.fileName()
                                << "(not a duration and threshold of zero or more): the default applies";
        return std::nullopt;
    }
    rule.forSeconds = static_cast<int>(*forSeconds);
    rule.threshold = *threshold;
    if (kind == AlertKind::ErrorRate)
        rule.countClientErrors = settings.value(prefix + QStringLiteral("countClientErrors")).toBool();
    return rule;
}

} // namespace

AlertRuleBook AlertRuleStore::load(QSettings& settings)
{
    AlertRuleBook book;
    const int count = settings.beginReadArray(kScopes);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString cluster = settings.value(QStringLiteral("cluster")).toString();
        const QString endpoint = settings.value(QStringLiteral("endpoint")).toString();
        if (cluster.isEmpty())
            continue;
        for (const AlertKind kind : kAlertKinds)
            if (const auto rule = readRule(settings, kind))
                book.set(cluster, endpoint, kind, *rule);
    }
    settings.endArray();
    return book;
}

void AlertRuleStore::save(QSettings& settings, const AlertRuleBook& book)
{
    settings.remove(kScopes);
    settings.beginWriteArray(kScopes);
    int i = 0;
    for (const auto& [cluster, endpoint] : book.scopes()) {
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("cluster"), cluster);
        settings.setValue(QStringLiteral("endpoint"), endpoint);
        for (const AlertKind kind : kAlertKinds) {
            const auto rule = book.own(cluster, endpoint, kind);
            if (!rule)
                continue;
            const QString prefix = alertKindKey(kind) + QLatin1Char('/');
            settings.setValue(prefix + QStringLiteral("enabled"), rule->enabled);
            settings.setValue(prefix + QStringLiteral("forSeconds"), rule->forSeconds);
            if (AlertRule::hasThreshold(kind))
                settings.setValue(prefix + QStringLiteral("threshold"), rule->threshold);
            if (kind == AlertKind::ErrorRate)
                settings.setValue(prefix + QStringLiteral("countClientErrors"), rule->countClientErrors);
        }
    }
    settings.endArray();
}

bool AlertRuleStore::muted(QSettings& settings)
{
    return settings.value(kMuted, false).toBool();
}

void AlertRuleStore::setMuted(QSettings& settings, bool muted)
{
    settings.setValue(kMuted, muted);
}

} // namespace switchyard::models
