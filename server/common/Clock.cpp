#include "Clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace switchyard::server {

namespace {

// millis < 0: to the second.
std::string format(std::time_t seconds, int millis)
{
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    // Sized for any int the compiler can imagine in each field, so the format can never be cut.
    char buffer[96];
    if (millis < 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
                      tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                      tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
    return buffer;
}

} // namespace

std::string Clock::nowRfc3339()
{
    return rfc3339Millis(std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count());
}

std::string Clock::rfc3339(std::int64_t unixSeconds)
{
    return format(static_cast<std::time_t>(unixSeconds), -1);
}

std::string Clock::rfc3339Millis(std::int64_t unixMillis)
{
    const std::int64_t seconds = unixMillis >= 0 ? unixMillis / 1000 : (unixMillis - 999) / 1000;
    return format(static_cast<std::time_t>(seconds), static_cast<int>(unixMillis - seconds * 1000));
}

std::int64_t Clock::unixSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace switchyard::server
