#include "Listener.h"

#include <boost/asio/strand.hpp>

#include "Logger.h"

namespace switchyard::server {
namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context& io, RequestHandler& handler, net::ssl::context* tls, SessionLimits limits,
                   IoPool& sessions, std::shared_ptr<ConnectionRegistry> registry)
    : m_io(io), m_acceptor(net::make_strand(io)), m_backoff(m_acceptor.get_executor()), m_handler(handler),
      m_tls(tls), m_limits(limits), m_sessions(sessions), m_registry(std::move(registry))
{}

Result<tcp::endpoint> Listener::open(const tcp::endpoint& endpoint)
{
    boost::beast::error_code ec;
    const auto failed = [&](const char* what) {
        return Error::internal(std::string("cannot ") + what + " " + endpoint.address().to_string() + ":" +
                               std::to_string(endpoint.port()) + ": " + ec.message());
    };
    m_acceptor.open(endpoint.protocol(), ec);
    if (ec)
        return failed("open");
    m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    m_acceptor.bind(endpoint, ec);
    if (ec)
        return failed("bind");
    m_acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return failed("listen on");
    auto local = m_acceptor.local_endpoint(ec);
    if (ec)
        return failed("read the address of");
    return local;
}

void Listener::run()
{
    doAccept();
}

void Listener::stop()
{
    net::post(m_acceptor.get_executor(), [self = shared_from_this()] {
        boost::beast::error_code ec;
        self->m_acceptor.close(ec);
        self->m_backoff.cancel();
    });
}

void Listener::doAccept()
{
    m_acceptor.async_accept(net::make_strand(m_io),
                            boost::beast::bind_front_handler(&Listener::onAccept, shared_from_this()));
}

void Listener::onAccept(boost::beast::error_code ec, tcp::socket socket)
{
    if (ec == net::error::operation_aborted || !m_acceptor.is_open())
        return;
    if (ec) {
        // Out of descriptors (EMFILE, ENFILE) or memory: the connection stays in the backlog and accept
        // would fail again at once. Wait a little (sessions close meanwhile) instead of spinning a core.
        m_registry->count(ConnectionRegistry::Counter::AcceptError);
        Logger::throttled(Logger::Level::Warning, "accept",
                          "accept: " + ec.message() + "; pausing " + std::to_string(kAcceptBackoff.count()) +
                              " ms");
        m_backoff.expires_after(kAcceptBackoff);
        m_backoff.async_wait([self = shared_from_this()](boost::beast::error_code wec) {
            if (!wec && self->m_acceptor.is_open())
                self->doAccept();
        });
        return;
    }
    if (!m_registry->admitConnection()) {
        boost::beast::error_code ignored;
        socket.close(ignored);
        Logger::throttled(Logger::Level::Warning, "connection-cap",
                          "refused a connection: " + std::to_string(m_registry->limits().maxConnections) +
                              " are open (--max-connections) and none is idle");
        return doAccept();
    }
    // Hand the connection to the next pool thread. The accept itself stays on `m_io`, so a pending
    // accept never holds a socket of a pool context (the pool may be gone before `m_io` is).
    const int thread = m_sessions.nextIndex();
    SessionSocket moved(m_sessions.at(thread).get_executor());
    const auto protocol = socket.local_endpoint(ec).protocol();
    if (!ec)
        moved.assign(protocol, socket.release(ec), ec);
    if (!ec)
        startSession(std::move(moved), thread);
    else
        m_registry->connectionClosed(); // the socket closes with `socket` or `moved`
    doAccept();
}

void Listener::startSession(SessionSocket socket, int thread)
{
    if (m_tls)
        std::make_shared<HttpSession<TlsSessionStream>>(m_handler, m_registry, thread, m_limits,
                                                        std::move(socket), *m_tls)
            ->run();
    else
        std::make_shared<HttpSession<SessionSocket>>(m_handler, m_registry, thread, m_limits,
                                                     std::move(socket))
            ->run();
}

} // namespace switchyard::server
