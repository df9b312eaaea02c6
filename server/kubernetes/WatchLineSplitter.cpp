#include "WatchLineSplitter.h"

namespace switchyard {

WatchLineSplitter::Outcome WatchLineSplitter::feed(std::string_view bytes,
                                                   const std::function<bool(std::string_view line)>& onLine)
{
    while (m_outcome == Outcome::Continue && !bytes.empty()) {
        const std::size_t newline = bytes.find('\n');
        const std::size_t take = newline == std::string_view::npos ? bytes.size() : newline;
        if (m_partial.size() + take > m_maxLineBytes) {
            m_partial.clear();
            m_outcome = Outcome::LineTooLong;
            break;
        }
        if (newline == std::string_view::npos) {
            m_partial.append(bytes);
            break;
        }
        // The common case, a whole line inside one chunk, is handed over without a copy.
        std::string_view line = bytes.substr(0, newline);
        if (!m_partial.empty()) {
            m_partial.append(line);
            line = m_partial;
        }
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
        if (!blank && !onLine(line))
            m_outcome = Outcome::Declined;
        m_partial.clear();
        bytes.remove_prefix(newline + 1);
    }
    return m_outcome;
}

nlohmann::json WatchLineSplitter::parseEvent(std::string_view line)
{
    nlohmann::json event = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (event.is_discarded())
        return event;
    const bool valid = event.is_object() && event.contains("type") && event["type"].is_string() &&
                       event.contains("object") && event["object"].is_object();
    return valid ? event : nlohmann::json(nlohmann::json::value_t::discarded);
}

} // namespace switchyard
