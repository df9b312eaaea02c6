#include "Listener.h"

#include <boost/asio/strand.hpp>

namespace switchyard::server {
namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context& io, RequestHandler& handler, net::ssl::context* tls, SessionLimits limits,
                   IoPool& sessions)
    : io_(io), acceptor_(net::make_strand(io)), handler_(handler), tls_(tls), limits_(limits),
      sessions_(sessions)
{}

Result<tcp::endpoint> Listener::open(const tcp::endpoint& endpoint)
{
    boost::beast::error_code ec;
    const auto failed = [&](const char* what) {
        return Error::internal(std::string("cannot ") + what + " " + endpoint.address().to_string() + ":" +
                               std::to_string(endpoint.port()) + ": " + ec.message());
    };
    acceptor_.open(endpoint.protocol(), ec);
    if (ec)
        return failed("open");
    acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    acceptor_.bind(endpoint, ec);
    if (ec)
        return failed("bind");
    acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return failed("listen on");
    auto local = acceptor_.local_endpoint(ec);
    if (ec)
        return failed("read the address of");
    return local;
}

void Listener::run()
{
    do_accept();
}

void Listener::stop()
{
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
        boost::beast::error_code ec;
        self->acceptor_.close(ec);
    });
}

void Listener::do_accept()
{
    acceptor_.async_accept(net::make_strand(io_),
                           boost::beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(boost::beast::error_code ec, tcp::socket socket)
{
    if (ec == net::error::operation_aborted || !acceptor_.is_open())
        return;
    if (!ec) {
        // Hand the connection to the next pool thread. The accept itself stays on `io_`, so a pending
        // accept never holds a socket of a pool context (the pool may be gone before `io_` is).
        SessionSocket moved(sessions_.next().get_executor());
        const auto protocol = socket.local_endpoint(ec).protocol();
        if (!ec)
            moved.assign(protocol, socket.release(ec), ec);
        if (!ec)
            startSession(std::move(moved));
    }
    if (ec)
        Logger::warning("accept: " + ec.message());
    do_accept();
}

void Listener::startSession(SessionSocket socket)
{
    if (tls_)
        std::make_shared<HttpSession<TlsSessionStream>>(handler_, limits_, std::move(socket), *tls_)->run();
    else
        std::make_shared<HttpSession<SessionSocket>>(handler_, limits_, std::move(socket))->run();
}

} // namespace switchyard::server
