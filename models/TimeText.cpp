#include "TimeText.h"

#include <QLocale>

namespace switchyard::models {

QString TimeText::full(const std::string& rfc3339)
{
    if (rfc3339.empty())
        return QStringLiteral("—");
    const QDateTime when = parse(rfc3339);
    return when.isValid() ? full(when) : QString::fromStdString(rfc3339);
}

QString TimeText::full(const QDateTime& when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QDateTime TimeText::parse(const std::string& rfc3339)
{
    return QDateTime::fromString(QString::fromStdString(rfc3339), Qt::ISODateWithMs);
}

QString TimeText::moment(const QDateTime& when, const QDateTime& now)
{
    const QDateTime local = when.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString TimeText::relative(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(when);
    const qint64 away = seconds < 0 ? -seconds : seconds;
    if (away < 60)
        return tr("just now");
    const bool future = seconds > 0;
    // The nearest whole unit: an expiry 30 days away less the seconds it took to show it is "in 30 days".
    const auto nearest = [away](qint64 unit) { return int((away + unit / 2) / unit); };
    if (const int n = nearest(60); n < 60)
        return future ? tr("in %n minute(s)", nullptr, n) : tr("%n minute(s) ago", nullptr, n);
    if (const int n = nearest(3600); n < 24)
        return future ? tr("in %n hour(s)", nullptr, n) : tr("%n hour(s) ago", nullptr, n);
    const int n = nearest(86400);
    return future ? tr("in %n day(s)", nullptr, n) : tr("%n day(s) ago", nullptr, n);
}

QString TimeText::dated(const std::string& rfc3339, const QString& empty, const QDateTime& now)
{
    if (rfc3339.empty())
        return empty;
    const QDateTime when = parse(rfc3339);
    if (!when.isValid())
        return QString::fromStdString(rfc3339);
    return tr("%1 (%2)").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat),
                             relative(when, now));
}

} // namespace switchyard::models
