#include "ScaleReasonText.h"

#include <QRegularExpression>

namespace switchyard::models {

namespace {

// The main clause, without the suffixes that may follow it.
QString clause(const QString& text)
{
    static const QRegularExpression above(QStringLiteral("^utilization (\\d+)% above target (\\d+)%$"));
    static const QRegularExpression belowFor(
        QStringLiteral("^utilization (\\d+)% below target (\\d+)% for (\\d+) s$"));
    static const QRegularExpression below(QStringLiteral("^utilization (\\d+)% below target (\\d+)%$"));
    static const QRegularExpression at(QStringLiteral("^utilization (\\d+)% at target (\\d+)%$"));
    static const QRegularExpression minimum(QStringLiteral("^below the minimum of (\\d+) replicas$"));
    static const QRegularExpression maximum(QStringLiteral("^above the maximum of (\\d+) replicas$"));
    if (const auto m = above.match(text); m.hasMatch())
        return ScaleReasonText::tr("utilization %1% above the target of %2%")
            .arg(m.captured(1), m.captured(2));
    if (const auto m = belowFor.match(text); m.hasMatch())
        return ScaleReasonText::tr("utilization %1% below the target of %2% for %3 s")
            .arg(m.captured(1), m.captured(2), m.captured(3));
    if (const auto m = below.match(text); m.hasMatch())
        return ScaleReasonText::tr("utilization %1% below the target of %2%")
            .arg(m.captured(1), m.captured(2));
    if (const auto m = at.match(text); m.hasMatch())
        return ScaleReasonText::tr("utilization %1% at the target of %2%").arg(m.captured(1), m.captured(2));
    if (const auto m = minimum.match(text); m.hasMatch())
        return ScaleReasonText::tr("below the minimum of %1 replicas").arg(m.captured(1));
    if (const auto m = maximum.match(text); m.hasMatch())
        return ScaleReasonText::tr("above the maximum of %1 replicas").arg(m.captured(1));
    return {};
}

} // namespace

QString ScaleReasonText::localized(const QString& reason)
{
    static const QRegularExpression heldAtMaximum(QStringLiteral(", held at the maximum of (\\d+) replicas"));
    static const QLatin1String waiting(", waiting for the scale-down delay");
    static const QLatin1String capped(", capped by the cluster's free capacity");
    QString rest = reason;
    QStringList suffixes;
    if (rest.endsWith(capped)) {
        rest.chop(capped.size());
        suffixes.prepend(tr("capped by the cluster's free capacity"));
    }
    if (rest.endsWith(waiting)) {
        rest.chop(waiting.size());
        suffixes.prepend(tr("waiting for the scale-down delay"));
    }
    if (const auto m = heldAtMaximum.match(rest); m.hasMatch() && m.capturedEnd() == rest.size()) {
        suffixes.prepend(tr("held at the maximum of %1 replicas").arg(m.captured(1)));
        rest.truncate(m.capturedStart());
    }
    const QString main = clause(rest);
    if (main.isEmpty())
        return reason;
    suffixes.prepend(main);
    return suffixes.join(QStringLiteral(", "));
}

} // namespace switchyard::models
