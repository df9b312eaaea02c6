#include "LogBuffer.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>

#include "BackgroundWriter.h"

namespace switchyard::server {

LogBuffer::LogBuffer(std::string filePath, std::shared_ptr<BackgroundWriter> writer, size_t capacity)
    : m_filePath(std::move(filePath)), m_writer(std::move(writer)), m_capacity(capacity)
{
    loadExisting();
}

void LogBuffer::loadExisting()
{
    // A restarted server shows what its versions logged before: the file's newest lines come back.
    if (m_filePath.empty())
        return;
    std::ifstream in(m_filePath);
    std::string line;
    while (std::getline(in, line)) {
        m_lines.push_back(std::move(line));
        if (m_lines.size() > m_capacity)
            m_lines.pop_front();
    }
}

void LogBuffer::append(std::string_view source, std::string_view text)
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto seconds = system_clock::to_time_t(now);
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[64];
    std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    if (text.size() > kMaxLineBytes)
        text = text.substr(0, kMaxLineBytes);
    std::string line;
    line.reserve(40 + source.size() + text.size());
    line.append(stamp).append(" [").append(source).append("] ").append(text);
    if (m_writer && !m_filePath.empty())
        m_writer->append(m_filePath, line + '\n', kMaxFileBytes);
    std::lock_guard lock(m_mutex);
    m_lines.push_back(std::move(line));
    while (m_lines.size() > m_capacity)
        m_lines.pop_front();
}

std::string LogBuffer::tail(int lines) const
{
    std::lock_guard lock(m_mutex);
    const size_t count = lines <= 0 ? 0 : std::min(m_lines.size(), static_cast<size_t>(lines));
    std::string out;
    for (size_t i = m_lines.size() - count; i < m_lines.size(); ++i)
        out.append(m_lines[i]).push_back('\n');
    return out;
}

} // namespace switchyard::server
