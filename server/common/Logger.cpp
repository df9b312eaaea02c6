#include "Logger.h"

#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>

#include <nlohmann/json.hpp>

#include "Clock.h"
#include "JsonText.h"

namespace switchyard::server {
namespace {
std::atomic<bool> g_json{false};
std::mutex g_mutex;

struct ThrottleState
{
    std::chrono::steady_clock::time_point windowStart{};
    int written = 0;
    long long suppressed = 0;
};
std::map<std::string, ThrottleState, std::less<>> g_throttle; // guarded by g_mutex

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

// Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlongs, no surrogates), 0 if none.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    const auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return i + k < s.size() && byte(i + k) >= lo && byte(i + k) <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

void write(Logger::Level level, std::string_view message)
{
    std::string line;
    if (g_json)
        line = jsonText(
            nlohmann::json{{"time", Clock::nowRfc3339()}, {"level", name(level)}, {"message", message}});
    else
        line = Clock::nowRfc3339() + " " + name(level) + " " + Logger::printable(message);
    std::fprintf(stderr, "%s\n", line.c_str());
    std::fflush(stderr);
}
} // namespace

void Logger::setJson(bool json)
{
    g_json = json;
}

std::string Logger::printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        if (const auto n = c >= 0x80 ? utf8Length(text, i) : 0; n > 0) {
            out.append(text.substr(i, n));
            i += n;
            continue;
        }
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
        ++i;
    }
    return out;
}

void Logger::log(Level level, std::string_view message)
{
    std::lock_guard lock(g_mutex);
    write(level, message);
}

void Logger::throttled(Level level, std::string_view kind, std::string_view message)
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(g_mutex);
    auto it = g_throttle.find(kind);
    if (it == g_throttle.end())
        it = g_throttle.emplace(std::string(kind), ThrottleState{}).first;
    auto& state = it->second;
    if (now - state.windowStart >= kThrottleWindow) {
        if (state.suppressed > 0)
            write(level, std::to_string(state.suppressed) + " more '" + std::string(kind) +
                             "' lines were left out in the last " + std::to_string(kThrottleWindow.count()) +
                             " s (see /metrics)");
        state = {now, 0, 0};
    }
    if (state.written >= kThrottleBurst) {
        ++state.suppressed;
        return;
    }
    ++state.written;
    write(level, message);
}

} // namespace switchyard::server
