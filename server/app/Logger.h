#pragma once

#include <string>
#include <string_view>

namespace switchyard::server {

// Log lines on stderr, as text or one JSON object a line. Never pass a secret here.
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
};

} // namespace switchyard::server
