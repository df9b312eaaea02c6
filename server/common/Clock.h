#pragma once

#include <cstdint>
#include <string>

namespace switchyard::server {

class Clock
{
public:
    // RFC 3339 UTC with milliseconds, e.g. 2026-11-26T21:50:00.123Z.
    static std::string nowRfc3339();
    static std::int64_t unixSeconds();
    // RFC 3339 UTC to the second, e.g. 2026-11-26T21:50:00Z.
    static std::string rfc3339(std::int64_t unixSeconds);
    // RFC 3339 UTC with milliseconds.
    static std::string rfc3339Millis(std::int64_t unixMillis);
};

} // namespace switchyard::server
