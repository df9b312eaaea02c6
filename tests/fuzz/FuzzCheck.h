#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "Error.h"

// What the fuzz targets assert besides "no crash, no sanitizer report": a failed check prints what broke
// and aborts, which libFuzzer reports as a crash and saves the input.
namespace switchyard::fuzz {

[[noreturn]] inline void fail(std::string_view what)
{
    std::fprintf(stderr, "FUZZ CHECK FAILED: %.*s\n", static_cast<int>(what.size()), what.data());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool ok, std::string_view what)
{
    if (!ok)
        fail(what);
}

// RFC 3629 UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
inline bool validUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            n = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + n >= s.size())
            return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

// dump() that must not throw (it throws on strings that are not UTF-8).
inline std::string dumpStrict(const nlohmann::json& value, std::string_view what)
{
    try {
        return value.dump();
    } catch (const nlohmann::json::exception& e) {
        fail(std::string(what) + ": dump() threw: " + e.what());
    }
}

// An error a parser reports: it has a code and a message, and when the input was UTF-8 its texts are
// too (a message cut in the middle of a character could not be sent as JSON).
inline void checkError(const Error& error, bool inputUtf8, std::string_view what)
{
    check(!error.code.empty(), std::string(what) + ": an error without a code");
    check(!error.message.empty(), std::string(what) + ": error " + error.code + " without a message");
    if (inputUtf8) {
        check(validUtf8(error.code) && validUtf8(error.message) &&
                  (!error.target || validUtf8(*error.target)),
              std::string(what) + ": error " + error.code + " is not UTF-8 though its input was");
        dumpStrict(error.toJson(), what);
    }
}

} // namespace switchyard::fuzz
