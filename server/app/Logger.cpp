#include "Logger.h"

#include <atomic>
#include <cstdio>
#include <mutex>

#include <nlohmann/json.hpp>

#include "Clock.h"

namespace switchyard::server {
namespace {
std::atomic<bool> g_json{false};
std::mutex g_mutex;

const char* name(Logger::Level level)
{
    switch (level) {
    case Logger::Level::Info:
        return "info";
    case Logger::Level::Warning:
        return "warning";
    case Logger::Level::Error:
        return "error";
    }
    return "info";
}
} // namespace

void Logger::setJson(bool json)
{
    g_json = json;
}

void Logger::log(Level level, std::string_view message)
{
    std::string line;
    if (g_json) {
        line =
            nlohmann::json{{"time", Clock::nowRfc3339()}, {"level", name(level)}, {"message", message}}.dump(
                -1, ' ', false, nlohmann::json::error_handler_t::replace);
    } else {
        line = Clock::nowRfc3339() + " " + name(level) + " " + std::string(message);
    }
    std::lock_guard lock(g_mutex);
    std::fprintf(stderr, "%s\n", line.c_str());
    std::fflush(stderr);
}

} // namespace switchyard::server
