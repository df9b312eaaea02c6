#include "ConnectionRegistry.h"

#include <algorithm>

#include <boost/asio/post.hpp>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace switchyard::server {

ConnectionRegistry::ConnectionRegistry(IoPool& pool, Limits limits)
    : m_pool(pool), m_limits(limits), m_idle(static_cast<std::size_t>(pool.size()))
{
    m_limits.maxConnections = std::max<std::size_t>(1, m_limits.maxConnections);
}

bool ConnectionRegistry::admitConnection()
{
    const auto open = m_open.fetch_add(1, std::memory_order_relaxed) + 1;
    if (open <= m_limits.maxConnections) {
        count(Counter::Accepted);
        return true;
    }
    if (open > m_limits.maxConnections + kEvictionSlack) {
        m_open.fetch_sub(1, std::memory_order_relaxed);
        count(Counter::Refused);
        return false;
    }
    // Over the cap by a little: keep the new connection (it may be a health check) and close the
    // longest-idle one of the next pool thread, which brings the count back down.
    const int thread = static_cast<int>(m_nextEviction.fetch_add(1, std::memory_order_relaxed) %
                                        static_cast<unsigned>(m_pool.size()));
    boost::asio::post(m_pool.at(thread), [this, thread] { closeOldestIdle(thread); });
    count(Counter::Accepted);
    return true;
}

void ConnectionRegistry::connectionClosed()
{
    m_open.fetch_sub(1, std::memory_order_relaxed);
}

bool ConnectionRegistry::reserveBody(std::uint64_t bytes)
{
    auto used = m_bodyBytes.load(std::memory_order_relaxed);
    do {
        if (bytes > m_limits.maxBodyMemory || used > m_limits.maxBodyMemory - bytes) {
            count(Counter::BodyMemoryRefused);
            return false;
        }
    } while (!m_bodyBytes.compare_exchange_weak(used, used + bytes, std::memory_order_relaxed));
    return true;
}

void ConnectionRegistry::releaseBody(std::uint64_t bytes)
{
    m_bodyBytes.fetch_sub(bytes, std::memory_order_relaxed);
}

void ConnectionRegistry::startDraining()
{
    m_draining = true;
    for (int thread = 0; thread < m_pool.size(); ++thread)
        boost::asio::post(m_pool.at(thread), [this, thread] {
            auto& idle = m_idle[static_cast<std::size_t>(thread)];
            while (!idle.empty()) {
                auto& connection = idle.front();
                idle.pop_front();
                connection.closeIdle();
            }
        });
}

void ConnectionRegistry::becameIdle(int thread, IdleConnection& connection)
{
    connection.unlink();
    connection.idleSince = std::chrono::steady_clock::now();
    m_idle[static_cast<std::size_t>(thread)].push_back(connection);
}

void ConnectionRegistry::startShedding()
{
    // Each timer lives in its own pending wait, not in the registry: sessions keep the registry alive
    // past the pool, and a timer must not outlive its io_context.
    for (int thread = 0; thread < m_pool.size(); ++thread)
        armSweep(thread, std::make_shared<boost::asio::steady_timer>(m_pool.at(thread)));
}

void ConnectionRegistry::armSweep(int thread, std::shared_ptr<boost::asio::steady_timer> timer)
{
    timer->expires_after(kShedAfter);
    auto& wait = *timer;
    wait.async_wait(
        [weak = weak_from_this(), thread, timer = std::move(timer)](boost::system::error_code ec) mutable {
            const auto self = weak.lock();
            if (ec || !self)
                return;
            self->sweep(thread);
            self->armSweep(thread, std::move(timer));
        });
}

void ConnectionRegistry::sweep(int thread)
{
    // Oldest first; the walk stops at the first connection that has not waited long enough. A connection
    // asked to shed only cancels its read here (its handler runs later), so the list does not change
    // under the walk; one that is lean already ignores the request.
    const auto before = std::chrono::steady_clock::now() - kShedAfter;
    for (auto& connection : m_idle[static_cast<std::size_t>(thread)]) {
        if (connection.idleSince > before)
            break;
        connection.shedBuffers();
    }
    if (thread == 0)
        returnShedMemory();
}

void ConnectionRegistry::returnShedMemory()
{
    // Buffers given back by many connections at once are free in the middle of the heap, where glibc
    // keeps them for reuse; after a burst of them (the connections a sweep shed, which freed
    // their buffers since) hand the whole free pages back to the system, once.
    const auto lean = m_lean.load(std::memory_order_relaxed);
    if (lean < m_leanAtTrim)
        m_leanAtTrim = lean;
    if (lean - m_leanAtTrim < kTrimAfterShedding)
        return;
    m_leanAtTrim = lean;
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void ConnectionRegistry::closeOldestIdle(int thread)
{
    auto& idle = m_idle[static_cast<std::size_t>(thread)];
    if (idle.empty())
        return;
    auto& oldest = idle.front();
    idle.pop_front();
    count(Counter::Evicted);
    oldest.closeIdle();
}

std::size_t ConnectionRegistry::connectionCapFor(std::uint64_t descriptorLimit)
{
    const std::uint64_t reserve = std::min<std::uint64_t>(1024, descriptorLimit / 4);
    const std::uint64_t perConnection = (descriptorLimit - reserve) / 2;
    return static_cast<std::size_t>(std::max<std::uint64_t>(
        16, perConnection > kEvictionSlack * 2 ? perConnection - kEvictionSlack : perConnection / 2));
}

std::string ConnectionRegistry::prometheus() const
{
    std::string out;
    const auto line = [&](const char* text) { out += text; };
    const auto value = [&](const std::string& name, std::uint64_t v) {
        out += name + " " + std::to_string(v) + "\n";
    };
    line("# HELP switchyard_connections_open Client connections open now.\n"
         "# TYPE switchyard_connections_open gauge\n");
    value("switchyard_connections_open", openConnections());
    line("# HELP switchyard_connections_max The cap on client connections (--max-connections).\n"
         "# TYPE switchyard_connections_max gauge\n");
    value("switchyard_connections_max", m_limits.maxConnections);
    line("# HELP switchyard_request_body_bytes Memory held by request bodies being read or handled.\n"
         "# TYPE switchyard_request_body_bytes gauge\n");
    value("switchyard_request_body_bytes", m_bodyBytes.load(std::memory_order_relaxed));
    line("# HELP switchyard_connections_idle_lean Idle client connections that hold no buffers now.\n"
         "# TYPE switchyard_connections_idle_lean gauge\n");
    value("switchyard_connections_idle_lean", leanConnections());
    line("# HELP switchyard_connections_total Client connections by what became of them at accept.\n"
         "# TYPE switchyard_connections_total counter\n");
    value("switchyard_connections_total{outcome=\"accepted\"}", counter(Counter::Accepted));
    value("switchyard_connections_total{outcome=\"refused\"}", counter(Counter::Refused));
    value("switchyard_connections_total{outcome=\"evicted_idle\"}", counter(Counter::Evicted));
    line("# HELP switchyard_connection_errors_total Failed or refused client I/O, by stage.\n"
         "# TYPE switchyard_connection_errors_total counter\n");
    value("switchyard_connection_errors_total{stage=\"accept\"}", counter(Counter::AcceptError));
    value("switchyard_connection_errors_total{stage=\"handshake\"}", counter(Counter::HandshakeFailed));
    value("switchyard_connection_errors_total{stage=\"malformed\"}", counter(Counter::Malformed));
    value("switchyard_connection_errors_total{stage=\"read\"}", counter(Counter::ReadFailed));
    value("switchyard_connection_errors_total{stage=\"write\"}", counter(Counter::WriteFailed));
    value("switchyard_connection_errors_total{stage=\"timeout\"}", counter(Counter::Timeout));
    value("switchyard_connection_errors_total{stage=\"body_memory\"}", counter(Counter::BodyMemoryRefused));
    value("switchyard_connection_errors_total{stage=\"answered_twice\"}", counter(Counter::AnsweredTwice));
    return out;
}

} // namespace switchyard::server
