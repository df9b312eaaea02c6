#include "ReplicaServer.h"
#include "JsonText.h"

#include <chrono>
#include <iostream>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace switchyard::replica {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

constexpr auto kIdleTimeout = std::chrono::seconds(120);
constexpr std::uint64_t kBodyLimit = 64ull * 1024 * 1024;

Response errorResponse(const Request& request, http::status status, const Error& error)
{
    Response res{status, request.version()};
    res.set(http::field::content_type, "application/json");
    res.body() = jsonText(error.toJson());
    res.keep_alive(request.keep_alive());
    res.prepare_payload();
    return res;
}

// One connection: read a request, answer it (after work_ms for scores), repeat while keep-alive.
class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket&& socket, std::shared_ptr<const LinearModel> model,
            std::shared_ptr<ReplicaServer::State> state)
        : m_stream(std::move(socket)), m_timer(m_stream.get_executor()), m_model(std::move(model)),
          m_state(std::move(state))
    {}

    ~Session()
    {
        if (m_counted)
            --m_state->inFlight;
    }

    void run()
    {
        asio::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->doRead(); });
    }

private:
    void doRead()
    {
        m_parser.emplace();
        m_parser->body_limit(kBodyLimit);
        m_stream.expires_after(kIdleTimeout);
        http::async_read(
            m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(beast::error_code ec)
    {
        if (ec) {
            if (ec == http::error::body_limit) {
                Request dummy;
                m_response = errorResponse(dummy, http::status::payload_too_large,
                                           Error::badRequest("PayloadTooLarge", "The body is too large."));
                m_response.keep_alive(false);
                doWrite();
                return;
            }
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
            return;
        }
        Request request = m_parser->release();
        m_counted = true;
        ++m_state->inFlight;
        m_response = ReplicaServer::handle(*m_model, request);
        const bool isScore = request.method() == http::verb::post && m_response.result() == http::status::ok;
        if (isScore && m_model->workMs() > 0) {
            // Hold the answer without holding a thread: the demo's "real utilization".
            m_stream.expires_never();
            m_timer.expires_after(std::chrono::milliseconds(m_model->workMs()));
            m_timer.async_wait([self = shared_from_this()](beast::error_code) { self->doWrite(); });
            return;
        }
        doWrite();
    }

    void doWrite()
    {
        // A draining replica closes each connection after its answer, so the client stops using it.
        if (m_state->draining)
            m_response.keep_alive(false);
        m_stream.expires_after(kIdleTimeout);
        http::async_write(
            m_stream, m_response,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onWrite(ec); });
    }

    void onWrite(beast::error_code ec)
    {
        if (m_counted) {
            m_counted = false;
            --m_state->inFlight;
        }
        if (ec)
            return;
        if (!m_response.keep_alive()) {
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
            return;
        }
        doRead();
    }

    beast::tcp_stream m_stream;
    asio::steady_timer m_timer;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    Response m_response;
    std::shared_ptr<const LinearModel> m_model;
    std::shared_ptr<ReplicaServer::State> m_state;
    bool m_counted = false; // this session's request is in m_state->inFlight
};

} // namespace

ReplicaServer::ReplicaServer(asio::io_context& io, std::shared_ptr<const LinearModel> model)
    : m_io(io), m_model(std::move(model)), m_acceptor(asio::make_strand(io))
{}

unsigned short ReplicaServer::listen(const tcp::endpoint& endpoint)
{
    m_acceptor.open(endpoint.protocol());
    m_acceptor.set_option(asio::socket_base::reuse_address(true));
    m_acceptor.bind(endpoint);
    m_acceptor.listen(asio::socket_base::max_listen_connections);
    doAccept();
    return m_acceptor.local_endpoint().port();
}

void ReplicaServer::drain()
{
    m_state->draining = true;
    beast::error_code ignored;
    m_acceptor.close(ignored); // the pending accept ends with operation_aborted
}

void ReplicaServer::doAccept()
{
    m_acceptor.async_accept(asio::make_strand(m_io), [this](beast::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted || !m_acceptor.is_open())
            return;
        if (!ec) {
            socket.set_option(tcp::no_delay(true), ec);
            std::make_shared<Session>(std::move(socket), m_model, m_state)->run();
        }
        doAccept();
    });
}

Response ReplicaServer::handle(const LinearModel& model, const Request& request)
{
    const auto target = request.target();
    const auto path = target.substr(0, target.find('?'));
    if (path == "/health") {
        if (request.method() != http::verb::get && request.method() != http::verb::head)
            return errorResponse(request, http::status::method_not_allowed,
                                 {ErrorKind::MethodNotAllowed, "MethodNotAllowed", "Use GET.", std::nullopt});
        Response res{http::status::ok, request.version()};
        res.set(http::field::content_type, "application/json");
        res.body() = R"({"status":"ok"})";
        res.keep_alive(request.keep_alive());
        res.prepare_payload();
        return res;
    }
    if (path == "/score") {
        if (request.method() != http::verb::post)
            return errorResponse(
                request, http::status::method_not_allowed,
                {ErrorKind::MethodNotAllowed, "MethodNotAllowed", "Use POST.", std::nullopt});
        auto result = model.score(request.body());
        if (!result)
            return errorResponse(request, http::status::bad_request, result.error());
        Response res{http::status::ok, request.version()};
        res.set(http::field::content_type, "application/json");
        res.body() = result->dump();
        res.keep_alive(request.keep_alive());
        res.prepare_payload();
        return res;
    }
    return errorResponse(request, http::status::not_found,
                         Error::notFound("No such path; use /health or /score.", std::string("path")));
}

} // namespace switchyard::replica
