#include "PodLogMerge.h"

#include <algorithm>

namespace switchyard::server {

namespace {
constexpr std::size_t kStampLength = 24;    // 2026-11-30T23:10:00.123Z
constexpr std::size_t kMaxLineBytes = 4096; // as LogBuffer keeps them

// "2026-11-30T23:10:00.123456789Z" or "2026-11-30T23:10:00Z" -> "2026-11-30T23:10:00.123Z".
std::string millisecondStamp(std::string_view stamp)
{
    if (stamp.size() < 20 || stamp[4] != '-' || stamp[10] != 'T' || stamp.back() != 'Z')
        return {};
    std::string out(stamp.substr(0, 19));
    std::string fraction;
    if (stamp.size() > 20 && stamp[19] == '.')
        fraction = std::string(stamp.substr(20, stamp.size() - 21));
    fraction.resize(3, '0');
    return out + "." + fraction.substr(0, 3) + "Z";
}

template <class Each>
void forEachLine(std::string_view text, Each each)
{
    while (!text.empty()) {
        const auto end = text.find('\n');
        const auto line = text.substr(0, end);
        if (!line.empty())
            each(line.substr(0, std::min(line.size(), kMaxLineBytes)));
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
}
} // namespace

PodLogMerge::PodLogMerge(int tail) : m_tail(std::max(tail, 0)) {}

void PodLogMerge::addStamped(std::string_view text)
{
    forEachLine(text, [&](std::string_view line) {
        m_lines.push_back(
            {std::string(line.substr(0, std::min(line.size(), kStampLength))), std::string(line)});
    });
}

void PodLogMerge::addPod(const std::string& pod, std::string_view text)
{
    forEachLine(text, [&](std::string_view line) {
        const auto space = line.find(' ');
        std::string stamp =
            space == std::string_view::npos ? std::string() : millisecondStamp(line.substr(0, space));
        if (stamp.empty()) // no stamp: keep the line whole, ordered before the stamped ones
            m_lines.push_back({std::string(), "[" + pod + "] " + std::string(line)});
        else
            m_lines.push_back({stamp, stamp + " [" + pod + "] " + std::string(line.substr(space + 1))});
    });
}

void PodLogMerge::note(const std::string& pod, const std::string& line)
{
    m_lines.push_back({std::string(), "[" + pod + "] " + line});
}

std::string PodLogMerge::text() const
{
    std::vector<const Line*> ordered;
    ordered.reserve(m_lines.size());
    for (const auto& line : m_lines)
        ordered.push_back(&line);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Line* a, const Line* b) { return a->stamp < b->stamp; });
    const std::size_t count = std::min(ordered.size(), static_cast<std::size_t>(m_tail));
    std::string out;
    for (std::size_t i = ordered.size() - count; i < ordered.size(); ++i)
        out.append(ordered[i]->text).push_back('\n');
    return out;
}

} // namespace switchyard::server
