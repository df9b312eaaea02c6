#pragma once

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

namespace switchyard::server {

// One io_context per thread, as nginx has one event loop per worker: a connection and everything it
// does (its upstream calls included) stays on the thread that accepted it, so the scoring path needs no
// strand and never hands a request from one core to the other. The listener deals connections out round
// robin; upstream connections are made on the calling thread's context (current()).
class IoPool
{
public:
    explicit IoPool(int threads)
    {
        for (int i = 0; i < std::max(1, threads); ++i) {
            m_contexts.push_back(std::make_unique<boost::asio::io_context>(1));
            m_guards.emplace_back(m_contexts.back()->get_executor());
        }
    }
    IoPool(const IoPool&) = delete;
    IoPool& operator=(const IoPool&) = delete;
    ~IoPool()
    {
        stop();
        join();
    }

    int size() const { return static_cast<int>(m_contexts.size()); }
    boost::asio::io_context& at(int i) { return *m_contexts[static_cast<size_t>(i)]; }
    boost::asio::io_context& next() { return at(nextIndex()); }
    int nextIndex()
    {
        return static_cast<int>(m_next.fetch_add(1, std::memory_order_relaxed) % m_contexts.size());
    }

    void start()
    {
        for (auto& context : m_contexts)
            m_threads.emplace_back([io = context.get()] {
                currentSlot() = io;
                io->run();
                currentSlot() = nullptr;
            });
    }
    void stop()
    {
        for (auto& guard : m_guards)
            guard.reset();
        for (auto& context : m_contexts)
            context->stop();
    }
    void join()
    {
        for (auto& t : m_threads)
            if (t.joinable())
                t.join();
        m_threads.clear();
    }

    // The io_context the calling thread runs, when it is a pool thread; null on any other thread.
    static boost::asio::io_context* current() { return currentSlot(); }

private:
    static boost::asio::io_context*& currentSlot()
    {
        thread_local boost::asio::io_context* slot = nullptr;
        return slot;
    }

    std::vector<std::unique_ptr<boost::asio::io_context>> m_contexts;
    std::vector<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> m_guards;
    std::vector<std::thread> m_threads;
    std::atomic<size_t> m_next{0};
};

} // namespace switchyard::server
