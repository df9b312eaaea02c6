#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <nlohmann/json.hpp>

#include "Records.h"
#include "Store.h"

namespace switchyard::server {

// The audit log and change feed. Events are rows of the store, written in the same transaction as the
// change they describe; long polls wait on timers (no thread blocked) and wake when a change commits.
// append/committed/poll run on the store thread only.
class EventLog
{
public:
    using Executor = boost::asio::thread_pool::executor_type;
    static constexpr int kMaxWaitSeconds = 30;
    // A page holds at most kPageSize events and kMaxPageBytes of serialized events (one larger event
    // comes alone).
    static constexpr int kPageSize = 1000;
    static constexpr std::size_t kMaxPageBytes = 1 << 20;

    EventLog(Store& store, boost::asio::io_context& io, Executor storeExecutor);

    // Inside the caller's transaction; fills in the time.
    void append(EventRecord event);
    // After the transaction committed: answers the waiting polls.
    void committed();
    // GET /api/v1/events: events with seq >= after, at once if there are any, else after up to wait seconds.
    void poll(std::int64_t after, int waitSeconds, std::function<void(nlohmann::json)> answer);
    // Answers every waiting poll now (shutdown).
    void wakeAll();

private:
    nlohmann::json page(std::int64_t after);

    Store& m_store;
    boost::asio::io_context& m_io;
    Executor m_storeExecutor;
    std::mutex m_mutex;
    std::vector<std::shared_ptr<boost::asio::steady_timer>> m_waiters;
    bool m_pending = false;
};

} // namespace switchyard::server
