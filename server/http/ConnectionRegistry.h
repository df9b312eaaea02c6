#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <boost/asio/steady_timer.hpp>

#include <boost/intrusive/list.hpp>

#include "IoPool.h"

namespace switchyard::server {

// What every connection of the server shares: how many there may be, the memory request bodies may hold
// together, the requests in flight (a graceful stop waits for them), the idle connections of each pool
// thread (closed first when the server is full or stopping) and the counters /metrics shows for what
// outsiders can cause at will (refused connections, failed handshakes, malformed requests).
//
// The idle list of a pool thread is touched only on that thread: a session links itself while it waits
// for a request and unlinks itself first thing when the wait ends. Four times a second each pool thread asks
// the connections that have waited longer than kShedAfter to give back their buffers: a busy connection
// keeps them (reading at once costs no epoll_ctl), an idle one costs little memory.
class ConnectionRegistry : public std::enable_shared_from_this<ConnectionRegistry>
{
public:
    struct Limits
    {
        std::size_t maxConnections = 10000;
        std::uint64_t maxBodyMemory = 1024ull * 1024 * 1024;
    };

    // A connection that can be closed while it waits for a request (and only then).
    class IdleConnection
        : public boost::intrusive::list_base_hook<boost::intrusive::link_mode<boost::intrusive::auto_unlink>>
    {
    public:
        virtual ~IdleConnection() = default;
        virtual void closeIdle() = 0;
        // Asked of a connection that has waited kShedAfter: drop what it holds of the last request.
        virtual void shedBuffers() = 0;

        std::chrono::steady_clock::time_point idleSince;
    };

    enum class Counter
    {
        Accepted,
        Refused,     // past the cap even after closing an idle connection
        Evicted,     // an idle connection closed to make room
        AcceptError, // accept() failed (EMFILE, ENFILE, …)
        HandshakeFailed,
        Malformed, // unreadable, smuggling-prone or oversized framing: 4xx and close
        ReadFailed,
        WriteFailed,
        Timeout,
        BodyMemoryRefused, // 503: bodies in flight already hold the budget
        AnsweredTwice,     // a handler bug, caught
        kCount
    };

    ConnectionRegistry(IoPool& pool, Limits limits);
    ConnectionRegistry(const ConnectionRegistry&) = delete;
    ConnectionRegistry& operator=(const ConnectionRegistry&) = delete;

    const Limits& limits() const { return m_limits; }

    // The accept side: counts a new connection. At the cap it asks a pool thread to close its longest-idle
    // connection; false (close the new one at once) when even that cannot keep the count near the cap.
    bool admitConnection();
    void connectionClosed();
    std::size_t openConnections() const { return m_open.load(std::memory_order_relaxed); }

    // Memory of request bodies being read or handled; false when `bytes` more would pass the budget.
    bool reserveBody(std::uint64_t bytes);
    void releaseBody(std::uint64_t bytes);

    void requestStarted() { m_inFlight.fetch_add(1, std::memory_order_relaxed); }
    void requestFinished() { m_inFlight.fetch_sub(1, std::memory_order_relaxed); }
    int requestsInFlight() const { return m_inFlight.load(std::memory_order_relaxed); }

    // A graceful stop: idle connections close now, busy ones after their answer (Connection: close).
    void startDraining();
    bool draining() const { return m_draining.load(std::memory_order_relaxed); }

    // On pool thread `thread` only.
    void becameIdle(int thread, IdleConnection& connection);
    static void becameBusy(IdleConnection& connection) { connection.unlink(); }
    // Starts each pool thread's once-a-second sweep of its idle connections (shedBuffers); the sweeps
    // hold the registry weakly and stop with it.
    void startShedding();
    // Idle connections that hold no buffers now (a session reports going lean and waking).
    void shedConnection(int delta) { m_lean.fetch_add(delta, std::memory_order_relaxed); }
    std::size_t leanConnections() const
    {
        return static_cast<std::size_t>(m_lean.load(std::memory_order_relaxed));
    }

    void count(Counter counter) { m_counters[index(counter)].fetch_add(1, std::memory_order_relaxed); }
    std::uint64_t counter(Counter counter) const
    {
        return m_counters[index(counter)].load(std::memory_order_relaxed);
    }
    // Prometheus text for these gauges and counters.
    std::string prometheus() const;

    // The connection cap for a descriptor limit: half of what is left after a reserve for replicas, the
    // store and log files (a proxied request holds two descriptors), less the eviction slack.
    static std::size_t connectionCapFor(std::uint64_t descriptorLimit);
    static constexpr std::size_t kEvictionSlack = 64;
    // Longer than a busy client takes to send its next request (wrk's 1,000 connections: ~50 ms), short
    // enough that a burst of new connections does not hold its buffers long (they leave holes in the heap).
    static constexpr std::chrono::milliseconds kShedAfter{250};

private:
    using IdleList = boost::intrusive::list<IdleConnection, boost::intrusive::constant_time_size<false>>;
    static constexpr std::size_t index(Counter c) { return static_cast<std::size_t>(c); }
    void closeOldestIdle(int thread);
    void sweep(int thread);
    void armSweep(int thread, std::shared_ptr<boost::asio::steady_timer> timer);
    void returnShedMemory();
    static constexpr std::int64_t kTrimAfterShedding = 256;

    IoPool& m_pool;
    Limits m_limits;
    std::vector<IdleList> m_idle; // one per pool thread
    std::atomic<std::int64_t> m_lean{0};
    std::int64_t m_leanAtTrim = 0; // pool thread 0 only
    std::atomic<std::size_t> m_open{0};
    std::atomic<std::uint64_t> m_bodyBytes{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<bool> m_draining{false};
    std::atomic<unsigned> m_nextEviction{0};
    std::array<std::atomic<std::uint64_t>, static_cast<std::size_t>(Counter::kCount)> m_counters{};
};

} // namespace switchyard::server
