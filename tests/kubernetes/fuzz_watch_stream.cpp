// WatchLineSplitter and WatchLineSplitter::parseEvent on any bytes cut into chunks of any sizes, as a watch
// stream from the API server arrives. The first two bytes choose the line limit (up to 1 KiB) and the chunk
// sizes; the rest is the stream. Beyond "no crash, no exception": the lines handed over are exactly those of
// a one-pass reference split of the whole stream (CR stripped, blank lines skipped), whatever the chunking;
// a too-long line ends it where the reference says; an accepted event has a string type and an object.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "FuzzCheck.h"
#include "WatchLineSplitter.h"

using namespace switchyard;

namespace {

struct Expected
{
    std::vector<std::string> lines;
    bool tooLong = false;
    std::size_t pending = 0;
};

Expected reference(std::string_view stream, std::size_t limit)
{
    Expected expected;
    for (;;) {
        const std::size_t newline = stream.find('\n');
        const std::string_view segment = stream.substr(0, newline);
        if (segment.size() > limit) {
            expected.tooLong = true;
            return expected;
        }
        if (newline == std::string_view::npos) {
            expected.pending = segment.size();
            return expected;
        }
        std::string line(segment);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos)
            expected.lines.push_back(line);
        stream.remove_prefix(newline + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::size_t limit = 1 + std::size_t(data[0]) * 4;
    std::uint32_t state = data[1] | 1u; // the chunk sizes: a small xorshift from the second byte
    const std::string_view stream(reinterpret_cast<const char*>(data + 2), size - 2);

    WatchLineSplitter splitter(limit);
    std::vector<std::string> lines;
    WatchLineSplitter::Outcome outcome = WatchLineSplitter::Outcome::Continue;
    for (std::size_t at = 0; at < stream.size();) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const std::size_t chunk = std::min<std::size_t>(1 + state % 16, stream.size() - at);
        outcome = splitter.feed(stream.substr(at, chunk), [&](std::string_view line) {
            lines.emplace_back(line);
            const nlohmann::json event = WatchLineSplitter::parseEvent(line);
            if (!event.is_discarded())
                fuzz::check(event.is_object() && event.at("type").is_string() &&
                                event.at("object").is_object(),
                            "accepted an event without a string type and an object");
            return true;
        });
        at += chunk;
    }
    const Expected expected = reference(stream, limit);
    fuzz::check(lines == expected.lines, "the lines differ from the reference split");
    fuzz::check((outcome == WatchLineSplitter::Outcome::LineTooLong) == expected.tooLong,
                "a too-long line was missed or invented");
    fuzz::check(expected.tooLong || splitter.pending() == expected.pending,
                "the unfinished line is not kept");
    return 0;
}
