#pragma once

#include <chrono>
#include <memory>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include "ConnectionWatchdog.h"

namespace switchyard::server {

// A keep-alive connection from the router to one replica: the socket, the read buffer it keeps across
// requests, and its deadline. Shared so that its watchdog's timer can hold it weakly; it is used by one
// call at a time and otherwise waits in its replica's idle list.
class UpstreamConnection : public std::enable_shared_from_this<UpstreamConnection>
{
public:
    explicit UpstreamConnection(const boost::asio::any_io_executor& executor);

    boost::asio::ip::tcp::socket& socket() { return m_socket; }
    boost::beast::flat_buffer& buffer() { return m_buffer; }

    // Closes the socket once `deadline` passes: the pending operation then ends with operation_aborted
    // and timedOut() is true.
    void expiresAt(std::chrono::steady_clock::time_point deadline);
    void expiresNever() { m_watchdog.expiresNever(); }
    bool timedOut() const { return m_timedOut; }
    void close();

    // Whether the connection's handlers run on `context` (a pool thread's event loop).
    bool runsOn(const boost::asio::io_context& context) const { return m_context == &context; }

private:
    boost::asio::ip::tcp::socket m_socket;
    boost::beast::flat_buffer m_buffer;
    ConnectionWatchdog<boost::asio::any_io_executor> m_watchdog;
    const boost::asio::io_context* m_context = nullptr; // null on a strand
    bool m_timedOut = false;
};

} // namespace switchyard::server
