#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace switchyard::server {

// Log lines on stderr, as text or one JSON object a line. Never pass a secret here. Bytes that came from
// the network are written as they are only when printable UTF-8; control characters and invalid bytes
// are escaped (\xNN), so a request cannot forge a log line or break a JSON log.
class Logger
{
public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    static void setJson(bool json);
    static void log(Level level, std::string_view message);
    static void info(std::string_view message) { log(Level::Info, message); }
    static void warning(std::string_view message) { log(Level::Warning, message); }
    static void error(std::string_view message) { log(Level::Error, message); }

    // A line that an outsider can cause at will (a failed handshake, an aborted body, a full descriptor
    // table): at most kThrottleBurst lines of one `kind` per kThrottleWindow; the next line after a quiet
    // spell says how many were left out. Callers count every occurrence in /metrics.
    static void throttled(Level level, std::string_view kind, std::string_view message);
    static constexpr int kThrottleBurst = 5;
    static constexpr std::chrono::seconds kThrottleWindow{10};

    // `text` with control characters and bytes that are not UTF-8 written as \xNN.
    static std::string printable(std::string_view text);
};

} // namespace switchyard::server
