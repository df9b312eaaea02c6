#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace switchyard::server {

// Appends to files on its own thread, so that I/O threads never wait on the disk. Each file is
// bounded: past `maxBytes` it is renamed to `<path>.1` (the previous `.1` is dropped) and restarted.
class BackgroundWriter
{
public:
    BackgroundWriter();
    ~BackgroundWriter();
    BackgroundWriter(const BackgroundWriter&) = delete;
    BackgroundWriter& operator=(const BackgroundWriter&) = delete;

    // maxBytes 0 means unbounded (the caller bounds it another way, e.g. one file a day).
    void append(std::string path, std::string data, std::uint64_t maxBytes);
    // Waits until everything queued so far is on disk (tests, shutdown).
    void flush();
    void stop();

private:
    struct Job
    {
        std::string path;
        std::string data;
        std::uint64_t maxBytes = 0;
    };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace switchyard::server
