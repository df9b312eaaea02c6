#pragma once

#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include "HttpSession.h"
#include "IoPool.h"
#include "RequestHandler.h"
#include "Result.h"

namespace switchyard::server {

// Accepts connections on `io` and starts a session for each, plain or TLS, on the next thread of
// `sessions` (each thread its own io_context, so no strand is needed).
class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(boost::asio::io_context& io, RequestHandler& handler, boost::asio::ssl::context* tls,
             SessionLimits limits, IoPool& sessions);

    // Binds and listens; answers the bound address (the real port when 0 was asked for).
    Result<boost::asio::ip::tcp::endpoint> open(const boost::asio::ip::tcp::endpoint& endpoint);
    void run();
    void stop();

private:
    void do_accept();
    void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);
    void startSession(SessionSocket socket);

    boost::asio::io_context& io_;
    boost::asio::ip::tcp::acceptor acceptor_;
    RequestHandler& handler_;
    boost::asio::ssl::context* tls_;
    SessionLimits limits_;
    IoPool& sessions_;
};

} // namespace switchyard::server
