#pragma once

#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include "LinearModel.h"

namespace switchyard::replica {

using Request = boost::beast::http::request<boost::beast::http::string_body>;
using Response = boost::beast::http::response<boost::beast::http::string_body>;

// The built-in model server: GET /health and POST /score over keep-alive HTTP/1.1, one session per
// connection, all on one io_context. A request is held `work_ms` by a timer, not a sleeping thread,
// so one replica can hold many requests at once (the router decides how many it sends).
// Not thread-safe: everything runs on the io_context's one thread.
class ReplicaServer
{
public:
    ReplicaServer(boost::asio::io_context& io, std::shared_ptr<const LinearModel> model);

    // Binds and starts accepting; returns the bound port (useful with port 0).
    unsigned short listen(const boost::asio::ip::tcp::endpoint& endpoint);

    // The start of a graceful stop: no new connections; requests already read are still answered, with
    // "Connection: close", and so is a request that arrives on an open connection meanwhile.
    void drain();
    // Requests read and not yet answered (written).
    int inFlight() const { return m_state->inFlight; }

    // Request handling without sockets, so it can be tested directly.
    static Response handle(const LinearModel& model, const Request& request);

    // What the server and its sessions share; sessions may outlive the server by a completion handler.
    struct State
    {
        int inFlight = 0;
        bool draining = false;
    };

private:
    void doAccept();

    boost::asio::io_context& m_io;
    std::shared_ptr<const LinearModel> m_model;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    boost::asio::ip::tcp::acceptor m_acceptor;
};

} // namespace switchyard::replica
