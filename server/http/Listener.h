#pragma once

#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "ConnectionRegistry.h"
#include "HttpSession.h"
#include "IoPool.h"
#include "RequestHandler.h"
#include "Result.h"

namespace switchyard::server {

// Accepts connections on `io` and starts a session for each, plain or TLS, on the next thread of
// `sessions` (each thread its own io_context, so no strand is needed). The registry caps how many are
// open; when accept() itself fails (no descriptor left) the listener pauses instead of spinning.
class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(boost::asio::io_context& io, RequestHandler& handler, boost::asio::ssl::context* tls,
             SessionLimits limits, IoPool& sessions, std::shared_ptr<ConnectionRegistry> registry);

    // Binds and listens; answers the bound address (the real port when 0 was asked for).
    Result<boost::asio::ip::tcp::endpoint> open(const boost::asio::ip::tcp::endpoint& endpoint);
    void run();
    void stop();

    static constexpr std::chrono::milliseconds kAcceptBackoff{100};

private:
    void doAccept();
    void onAccept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);
    void startSession(SessionSocket socket, int thread);

    boost::asio::io_context& m_io;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_backoff;
    RequestHandler& m_handler;
    boost::asio::ssl::context* m_tls;
    SessionLimits m_limits;
    IoPool& m_sessions;
    std::shared_ptr<ConnectionRegistry> m_registry;
};

} // namespace switchyard::server
