#include "BackgroundWriter.h"

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace switchyard::server {

BackgroundWriter::BackgroundWriter() : m_thread([this] { run(); }) {}

BackgroundWriter::~BackgroundWriter()
{
    stop();
}

void BackgroundWriter::append(std::string path, std::string data, std::uint64_t maxBytes)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        // Bound the backlog: a disk that cannot keep up loses lines rather than memory.
        if (m_jobs.size() > 100000)
            return;
        m_jobs.push_back({std::move(path), std::move(data), maxBytes});
    }
    m_wake.notify_one();
}

void BackgroundWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return (m_jobs.empty() && !m_busy) || !m_thread.joinable(); });
}

void BackgroundWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundWriter::run()
{
    namespace fs = std::filesystem;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_jobs.empty() && m_stopping)
            break;
        std::deque<Job> batch;
        batch.swap(m_jobs);
        m_busy = true;
        lock.unlock();
        for (auto& job : batch) {
            std::error_code ec;
            const fs::path path(job.path);
            fs::create_directories(path.parent_path(), ec);
            if (job.maxBytes > 0) {
                const auto size = fs::file_size(path, ec);
                if (!ec && size + job.data.size() > job.maxBytes)
                    fs::rename(path, job.path + ".1", ec);
            }
            if (std::FILE* file = std::fopen(job.path.c_str(), "ab")) {
                std::fwrite(job.data.data(), 1, job.data.size(), file);
                std::fclose(file);
            }
        }
        lock.lock();
        m_busy = false;
        m_idle.notify_all();
    }
    m_busy = false;
    m_idle.notify_all();
}

} // namespace switchyard::server
