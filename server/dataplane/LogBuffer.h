#pragma once

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace switchyard::server {

class BackgroundWriter;

// The log of one version: its replicas' output and the supervisor's lines, each prefixed by who wrote
// it. The newest `capacity` lines stay in memory for …/logs; all go to a bounded file on disk, from which
// a restarted server reloads them.
class LogBuffer
{
public:
    LogBuffer(std::string filePath, std::shared_ptr<BackgroundWriter> writer, size_t capacity = 10000);

    void append(std::string_view source, std::string_view text);
    // The last `tail` lines, newline-terminated.
    std::string tail(int lines) const;

    static constexpr size_t kMaxLineBytes = 4096;
    static constexpr std::uint64_t kMaxFileBytes = 8ull * 1024 * 1024;

private:
    void loadExisting();

    std::string m_filePath;
    std::shared_ptr<BackgroundWriter> m_writer;
    size_t m_capacity;
    mutable std::mutex m_mutex;
    std::deque<std::string> m_lines;
};

} // namespace switchyard::server
