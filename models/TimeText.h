#pragma once

#include <string>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace switchyard::models {

// Times the server sends (RFC 3339, UTC) as the reader reads them: local time in the locale's short
// format, and how far that is from now ("in 3 days", "2 hours ago").
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    // In local time to the second, the same in every language ("2026-12-01 14:02:51"), for settings and
    // history; the server's text itself when it does not parse, and "—" when empty.
    static QString full(const std::string& rfc3339);
    // The same for a time the console holds; empty when it is not valid.
    static QString full(const QDateTime& when);
    // Invalid for text that is not an RFC 3339 time.
    static QDateTime parse(const std::string& rfc3339);
    // "14:02:51" today, else the locale's short date and time.
    static QString moment(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTime());
    // "in 3 days", "2 hours ago", "just now" (under a minute): the nearest whole unit.
    static QString relative(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTime());
    // The locale's short date and time with relative() in brackets, e.g. "03/12/26 14:02 (in 3 days)";
    // `empty` when the server sent no time (null: never), the text itself when it cannot be read.
    static QString dated(const std::string& rfc3339, const QString& empty,
                         const QDateTime& now = QDateTime::currentDateTime());
};

} // namespace switchyard::models
