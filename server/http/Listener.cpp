#include "Listener.h"

#include <boost/asio/strand.hpp>

#include "Logger.h"

namespace switchyard::server {
namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context& io, RequestHandler& handler, net::ssl::context* tls, SessionLimits limits,
                   IoPool& sessions, std::shared_ptr<ConnectionRegistry> registry)
    : io_(io), acceptor_(net::make_strand(io)), backoff_(acceptor_.get_executor()), handler_(handler),
      tls_(tls), limits_(limits), sessions_(sessions), registry_(std::move(registry))
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
        self->backoff_.cancel();
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
    if (ec) {
        // Out of descriptors (EMFILE, ENFILE) or memory: the connection stays in the backlog and accept
        // would fail again at once. Wait a little (sessions close meanwhile) instead of spinning a core.
        registry_->count(ConnectionRegistry::Counter::AcceptError);
        Logger::throttled(Logger::Level::Warning, "accept",
                          "accept: " + ec.message() + "; pausing " + std::to_string(kAcceptBackoff.count()) +
                              " ms");
        backoff_.expires_after(kAcceptBackoff);
        backoff_.async_wait([self = shared_from_this()](boost::beast::error_code wec) {
            if (!wec && self->acceptor_.is_open())
                self->do_accept();
        });
        return;
    }
    if (!registry_->admitConnection()) {
        boost::beast::error_code ignored;
        socket.close(ignored);
        Logger::throttled(Logger::Level::Warning, "connection-cap",
                          "refused a connection: " + std::to_string(registry_->limits().maxConnections) +
                              " are open (--max-connections) and none is idle");
        return do_accept();
    }
    // Hand the connection to the next pool thread. The accept itself stays on `io_`, so a pending
    // accept never holds a socket of a pool context (the pool may be gone before `io_` is).
    const int thread = sessions_.nextIndex();
    SessionSocket moved(sessions_.at(thread).get_executor());
    const auto protocol = socket.local_endpoint(ec).protocol();
    if (!ec)
        moved.assign(protocol, socket.release(ec), ec);
    if (!ec)
        startSession(std::move(moved), thread);
    else
        registry_->connectionClosed(); // the socket closes with `socket` or `moved`
    do_accept();
}

void Listener::startSession(SessionSocket socket, int thread)
{
    if (tls_)
        std::make_shared<HttpSession<TlsSessionStream>>(handler_, registry_, thread, limits_,
                                                        std::move(socket), *tls_)
            ->run();
    else
        std::make_shared<HttpSession<SessionSocket>>(handler_, registry_, thread, limits_, std::move(socket))
            ->run();
}

} // namespace switchyard::server
