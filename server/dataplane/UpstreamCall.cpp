#include "UpstreamCall.h"

#include <array>

#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http.hpp>

#include "ErrorResponses.h"
#include "IoPool.h"
#include "VersionRuntime.h"
#include "WireHead.h"

namespace switchyard::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {
constexpr std::uint64_t kResponseBodyLimit = 64ull * 1024 * 1024;
}

UpstreamCall::UpstreamCall(asio::io_context& io, std::shared_ptr<VersionRuntime> version,
                           std::shared_ptr<Replica> replica, std::shared_ptr<UpstreamConnection> conn,
                           ScoreJob&& job, const std::string& scorePath, std::chrono::milliseconds timeout,
                           const std::string& versionName)
    : m_io(io), m_version(std::move(version)), m_replica(std::move(replica)), m_conn(std::move(conn)),
      m_job(std::move(job)), m_versionName(versionName)
{
    m_started = std::chrono::steady_clock::now();
    m_deadline = m_started + timeout;
    auto& req = m_job.request;
    req.target(scorePath);
    req.version(11);
    // The scoring credential is for the router, not for the model.
    req.erase(http::field::authorization);
    req.erase(http::field::host);
    req.erase("X-Request-Id");
    req.keep_alive(true);
    WireHead::preparePayload(req);
    m_head.reserve(512);
    std::string extra = "Host: 127.0.0.1\r\nX-Request-Id: ";
    extra += m_job.requestId;
    extra += "\r\n";
    WireHead::append(m_head, req, extra);
    m_bodyInHead = WireHead::appendSmallBody(m_head, req.body());
}

void UpstreamCall::run()
{
    if (m_conn) {
        m_reused = true;
        // Continue on the connection's executor: it is the one that touches it.
        asio::dispatch(m_conn->socket().get_executor(), [self = shared_from_this()] { self->write(); });
        return;
    }
    connect();
}

void UpstreamCall::connect()
{
    m_reused = false;
    // On the caller's own event loop when it has one (a pool thread): the call then never changes thread.
    if (auto* here = IoPool::current())
        m_conn = std::make_shared<UpstreamConnection>(here->get_executor());
    else
        m_conn = std::make_shared<UpstreamConnection>(asio::make_strand(m_io));
    m_conn->expiresAt(m_deadline);
    m_conn->socket().async_connect(m_replica->endpoint, [self = shared_from_this()](beast::error_code ec) {
        if (ec && self->sendElsewhere(ec))
            return;
        if (ec)
            return self->fail(ec);
        beast::error_code ignored;
        self->m_conn->socket().set_option(asio::ip::tcp::no_delay(true), ignored);
        self->write();
    });
}

void UpstreamCall::write()
{
    m_conn->expiresAt(m_deadline);
    WireHead::asyncWrite(m_conn->socket(), m_head, m_job.request.body(), m_bodyInHead,
                         [self = shared_from_this()](beast::error_code ec, size_t) {
                             if (ec) {
                                 if (self->retryOnFreshConnection(ec))
                                     return;
                                 return self->fail(ec);
                             }
                             self->read();
                         });
}

void UpstreamCall::read()
{
    m_parser.emplace();
    m_parser->body_limit(kResponseBodyLimit);
    http::async_read(m_conn->socket(), m_conn->buffer(), *m_parser,
                     [self = shared_from_this()](beast::error_code ec, size_t) {
                         if (ec) {
                             if (self->retryOnFreshConnection(ec))
                                 return;
                             return self->fail(ec);
                         }
                         // Bytes beyond the answer would be a replica out of step: do not reuse.
                         const bool keep = self->m_parser->keep_alive() && self->m_conn->buffer().size() == 0;
                         self->finish(self->m_parser->release(), keep);
                     });
}

bool UpstreamCall::retryOnFreshConnection(beast::error_code ec)
{
    const bool stale = ec == http::error::end_of_stream || ec == asio::error::connection_reset ||
                       ec == asio::error::broken_pipe || ec == asio::error::eof;
    if (!m_reused || m_retried || !stale || (m_parser && m_parser->got_some()))
        return false;
    m_retried = true;
    m_conn->close();
    m_conn.reset();
    connect();
    return true;
}

bool UpstreamCall::sendElsewhere(beast::error_code ec)
{
    // Nothing reached the replica: its address refuses connections (the process or pod is gone). Another
    // ready replica can take the request as if it had been sent there first.
    const bool nobodyThere = ec == asio::error::connection_refused || ec == asio::error::host_unreachable ||
                             ec == asio::error::network_unreachable;
    if (!nobodyThere || (m_conn && m_conn->timedOut()))
        return false;
    m_conn->close();
    m_conn.reset();
    return m_version->redispatch(m_replica, m_job);
}

void UpstreamCall::fail(beast::error_code)
{
    // The watchdog closed the socket at the deadline (the operation then ends with operation_aborted).
    const bool timedOut = m_conn && m_conn->timedOut();
    if (m_conn) {
        m_conn->close();
        m_conn.reset();
    }
    Error error = timedOut ? scoringError(ErrorKind::GatewayTimeout, "ScoringTimeout",
                                          "The replica did not answer within scoring_timeout_ms.")
                           : scoringError(ErrorKind::BadGateway, "ReplicaFailed",
                                          "The replica failed or closed the connection before answering.");
    finish(errorResponse(error, 11, true), false);
}

void UpstreamCall::finish(HttpResponse&& response, bool keepConnection)
{
    // The connection that writes the answer sets its HTTP version, Connection and Content-Length.
    response.set("X-Switchyard-Version", m_versionName);
    response.set("X-Request-Id", m_job.requestId);
    // A watchdog that fired just as the answer arrived has closed the socket: that one is not reused.
    keepConnection = keepConnection && m_conn && !m_conn->timedOut() && m_conn->socket().is_open();
    if (keepConnection)
        m_conn->expiresNever();
    const auto latency = std::chrono::steady_clock::now() - m_job.arrived;
    m_version->onUpstreamDone(m_replica, keepConnection ? std::move(m_conn) : nullptr, response.result_int(),
                              latency, m_job, response.body());
    m_conn.reset();
    auto respond = std::move(m_job.respond);
    respond(std::move(response));
}

} // namespace switchyard::server
