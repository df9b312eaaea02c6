#include "UpstreamConnection.h"

namespace switchyard::server {

UpstreamConnection::UpstreamConnection(const boost::asio::any_io_executor& executor)
    : m_socket(executor), m_watchdog(executor)
{
    if (const auto* loop = executor.target<boost::asio::io_context::executor_type>())
        m_context = &loop->context();
}

void UpstreamConnection::expiresAt(std::chrono::steady_clock::time_point deadline)
{
    m_watchdog.expiresAt(deadline, shared_from_this(), [](UpstreamConnection& self) {
        self.m_timedOut = true;
        self.close();
    });
}

void UpstreamConnection::close()
{
    boost::system::error_code ignored;
    m_socket.close(ignored);
}

} // namespace switchyard::server
