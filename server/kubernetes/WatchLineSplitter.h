#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace switchyard {

// Cuts a watch stream (one JSON event per line) into lines as its bytes arrive in chunks of any size: a
// line split across chunks is handed over once whole, several lines in one chunk one by one. A line that
// grows beyond the limit ends the stream, so a hostile or broken server cannot make it buffer without end.
class WatchLineSplitter
{
public:
    enum class Outcome
    {
        Continue,    // every complete line handed over, the rest kept for the next chunk
        Declined,    // the line handler said stop
        LineTooLong, // a line (complete or not) is longer than the limit
    };

    explicit WatchLineSplitter(std::size_t maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

    // Hands each complete, non-blank line (without its "\n" or "\r\n") to `onLine`, which returns false
    // to stop. Once it returned anything but Continue, the splitter stays there.
    Outcome feed(std::string_view bytes, const std::function<bool(std::string_view line)>& onLine);
    // Bytes of an unfinished line waiting for the next chunk.
    std::size_t pending() const { return m_partial.size(); }

    // A watch event from one line: an object with a string "type" and an object "object"; a discarded
    // value (is_discarded()) for anything else, never an exception.
    static nlohmann::json parseEvent(std::string_view line);

private:
    const std::size_t m_maxLineBytes;
    std::string m_partial;
    Outcome m_outcome = Outcome::Continue;
};

} // namespace switchyard
