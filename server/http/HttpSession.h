#pragma once

#include <array>
#include <chrono>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/ssl/stream_base.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include "ConnectionRegistry.h"
#include "ConnectionWatchdog.h"
#include "FramingCheck.h"
#include "Logger.h"
#include "RequestHandler.h"
#include "Responses.h"
#include "WireHead.h"

namespace switchyard::server {

struct SessionLimits
{
    std::chrono::seconds handshakeTimeout{10};
    std::chrono::seconds idleTimeout{60};  // waiting for (the header of) the next request
    std::chrono::seconds bodyTimeout{300}; // reading a body (a 256 MiB model on a slow link)
    std::chrono::seconds writeTimeout{60};
    // A handler that has not answered by then (a bug, or a request it lost) no longer holds the
    // connection: longer than any request the API allows takes (max_request_wait_time and
    // scoring_timeout_ms are each at most an hour; an events long poll 30 s).
    std::chrono::seconds handlerTimeout{2 * 3600 + 300};
    std::uint32_t headerLimit = 16 * 1024;
};

// A session's socket runs on one pool thread's io_context (IoPool): a concrete executor, no strand.
using SessionSocket =
    boost::asio::basic_stream_socket<boost::asio::ip::tcp, boost::asio::io_context::executor_type>;
using TlsSessionStream = boost::beast::ssl_stream<SessionSocket>;

template <class Stream>
constexpr bool kIsTls = !std::is_same_v<Stream, SessionSocket>;

// One connection: HTTP/1.1 keep-alive on the one thread of its io_context. Requests are handled one at a
// time: the next one is read only after the answer to the previous one is written, which caps pipelining
// at one request in flight per connection while still answering pipelined requests in order.
//
// Hostile input is refused early and cheaply: every wait has a deadline (SessionLimits; the watchdog
// closes the socket when one passes); the header alone decides, through the handler's admission, whether
// a body will be read at all (no 100 Continue, no body before authentication); ambiguous framing is a 400
// and a close (FramingCheck); bodies reserve their size from the registry's shared budget. A plain
// connection idle for ¼ s holds no buffers: it waits for readability and allocates once bytes come.
template <class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>>,
                    public ConnectionRegistry::IdleConnection
{
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

public:
    template <class... Args>
    HttpSession(RequestHandler& handler, std::shared_ptr<ConnectionRegistry> registry, int thread,
                SessionLimits limits, Args&&... streamArgs)
        : m_stream(std::forward<Args>(streamArgs)...), m_watchdog(m_stream.get_executor()),
          m_handler(handler), m_registry(std::move(registry)), m_limits(limits), m_thread(thread)
    {}

    ~HttpSession() override
    {
        endRequest();
        m_registry->connectionClosed();
    }

    void run()
    {
        boost::asio::dispatch(m_stream.get_executor(), [self = this->shared_from_this()] {
            if constexpr (kIsTls<Stream>)
                self->doHandshake();
            else
                self->doRead();
        });
    }

    void closeIdle() override
    {
        boost::beast::error_code ignored;
        lowest().close(ignored); // the pending wait ends with operation_aborted
    }

private:
    auto& lowest() { return boost::beast::get_lowest_layer(m_stream); }

    void expiresAfter(std::chrono::steady_clock::duration timeout)
    {
        m_watchdog.expiresAfter(timeout, this->shared_from_this(), [](HttpSession& self) {
            self.m_registry->count(ConnectionRegistry::Counter::Timeout);
            boost::beast::error_code ignored;
            self.lowest().close(ignored); // the pending operation ends with operation_aborted
        });
    }

    void doHandshake()
    {
        expiresAfter(m_limits.handshakeTimeout);
        m_stream.async_handshake(boost::asio::ssl::stream_base::server,
                                 [self = this->shared_from_this()](boost::beast::error_code ec) {
                                     if (ec)
                                         return self->fail(ec, "handshake");
                                     self->doRead();
                                 });
    }

    // Waits for the next request, reading at once into the buffers of the last one: that read is
    // speculative, with no epoll_ctl (a wait for readability costs one per request in Boost 1.74, a
    // measurable share of the router's CPU, docs/performance.md). A plain connection still waiting after
    // ConnectionRegistry::kShedAfter is asked to shed (shedBuffers): it cancels the read and waits for
    // readability holding no buffers (about 1.6 KiB per idle connection instead of 18).
    void doRead()
    {
        if (m_registry->draining())
            return doClose();
        m_parser.reset();
        m_shedding = false;
        m_registry->becameIdle(m_thread, *this);
        expiresAfter(m_limits.idleTimeout);
        readHeader();
    }

    void shedBuffers() override
    {
        if constexpr (!kIsTls<Stream>) {
            if (m_lean || m_shedding || m_buffer.size() > 0)
                return;
            m_shedding = true;
            boost::beast::error_code ignored;
            lowest().cancel(ignored); // the pending read ends with operation_aborted (onHeader)
        }
    }

    // Idle without buffers until the client sends something (plain connections only).
    void waitLean()
    {
        m_buffer.shrink_to_fit();
        std::string().swap(m_head);
        m_parser.reset();
        m_lean = true;
        m_registry->shedConnection(+1);
        m_registry->becameIdle(m_thread, *this);
        lowest().async_wait(SessionSocket::wait_read,
                            [self = this->shared_from_this()](boost::beast::error_code ec) {
                                ConnectionRegistry::becameBusy(*self);
                                self->m_lean = false;
                                self->m_registry->shedConnection(-1);
                                if (ec)
                                    return self->fail(ec, "read");
                                self->readHeader();
                            });
    }

    void readHeader()
    {
        m_parser.emplace();
        m_parser->header_limit(m_limits.headerLimit);
        // The real limit depends on the route; it is set once the header is read (onHeader).
        m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
        boost::beast::http::async_read_header(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t) {
                ConnectionRegistry::becameBusy(*self);
                self->onHeader(ec);
            });
    }

    void onHeader(boost::beast::error_code ec)
    {
        namespace http = boost::beast::http;
        if (ec == http::error::end_of_stream)
            return doClose();
        if (ec == boost::asio::error::operation_aborted && m_shedding && lowest().is_open()) {
            // Asked to shed while it waited (shedBuffers); bytes of a header that had begun stay.
            m_shedding = false;
            if (m_buffer.size() == 0)
                return waitLean();
            return readHeader();
        }
        if (ec == http::error::header_limit)
            return reject(
                {ErrorKind::HeaderTooLarge, "HeaderTooLarge",
                 "The request header is larger than " + std::to_string(m_limits.headerLimit) + " bytes.",
                 std::nullopt});
        if (ec && ec.category() == boost::beast::http::make_error_code(http::error::end_of_stream).category())
            return reject(Error::badRequest("MalformedRequest", "The request is not valid HTTP/1.1."));
        if (ec)
            return fail(ec, "read");
        const auto& header = m_parser->get();
        m_version = header.version();
        m_headRequest = header.method() == http::verb::head;
        beginRequest();
        if (auto framing = FramingCheck::check(header); !framing)
            return reject(framing.error());
        Admission admission = m_handler.admit(header.base());
        if (admission.refusal)
            return refuse(*admission.refusal);
        m_limit = admission.bodyLimit;
        const auto length = m_parser->content_length();
        if (length && *length > m_limit)
            return reject(Responses::payloadTooLarge(m_limit));
        // What the body may hold in memory, taken from the shared budget before a byte of it is read.
        const std::uint64_t reservation = length ? *length : (m_parser->chunked() ? m_limit : 0);
        if (reservation > 0) {
            if (!m_registry->reserveBody(reservation))
                return reject(Responses::bodyMemoryExhausted());
            m_reserved = reservation;
            if (!length)
                m_limit = std::min(m_limit, reservation);
        }
        m_parser->body_limit(m_limit);
        if (boost::beast::iequals(header[http::field::expect], "100-continue") && !m_parser->is_done()) {
            // Clients such as libcurl wait for this before sending a large body; only an admitted request
            // gets it.
            auto cont =
                std::make_shared<http::response<http::empty_body>>(http::status::continue_, m_version);
            expiresAfter(m_limits.writeTimeout);
            return http::async_write(
                m_stream, *cont,
                [self = this->shared_from_this(), cont](boost::beast::error_code wec, std::size_t) {
                    if (wec)
                        return self->fail(wec, "write");
                    self->readBody();
                });
        }
        if (parseBufferedBody())
            return;
        readBody();
    }

    // A small request's body usually came in the same packet as its header: parse it from the buffer
    // without another trip through the event loop. False when more must be read from the socket.
    bool parseBufferedBody()
    {
        boost::beast::error_code ec;
        while (!m_parser->is_done() && m_buffer.size() > 0) {
            const auto used = m_parser->put(m_buffer.data(), ec);
            m_buffer.consume(used);
            if (ec == boost::beast::http::error::need_more) {
                ec = {};
                break;
            }
            if (ec || used == 0)
                break;
        }
        if (!ec && !m_parser->is_done())
            return false;
        onRead(ec);
        return true;
    }

    void readBody()
    {
        expiresAfter(m_limits.bodyTimeout);
        boost::beast::http::async_read(m_stream, m_buffer, *m_parser,
                                       [self = this->shared_from_this()](boost::beast::error_code ec,
                                                                         std::size_t) { self->onRead(ec); });
    }

    void onRead(boost::beast::error_code ec)
    {
        namespace http = boost::beast::http;
        if (ec == http::error::body_limit)
            return reject(Responses::payloadTooLarge(m_limit));
        if (ec &&
            ec.category() == boost::beast::http::make_error_code(http::error::end_of_stream).category() &&
            ec != http::error::end_of_stream && ec != http::error::partial_message)
            return reject(Error::badRequest("MalformedRequest", "The request is not valid HTTP/1.1."));
        if (ec)
            return fail(ec, "read");
        HttpRequest request = m_parser->release();
        m_parser.reset();
        m_keepAlive = request.keep_alive();
        // The handler may take its time (the events long poll, a queued score), within its own limits.
        expiresAfter(m_limits.handlerTimeout);
        const auto answer = ++m_requestSeq;
        m_awaiting = answer;
        auto self = this->shared_from_this();
        m_handler.handle(std::move(request), [self, answer](HttpResponse&& response) {
            boost::asio::post(
                self->m_stream.get_executor(), [self, answer, res = std::move(response)]() mutable {
                    if (self->m_awaiting != answer) {
                        // A second answer to the same request (or one after the connection gave up on it).
                        self->m_registry->count(ConnectionRegistry::Counter::AnsweredTwice);
                        Logger::throttled(Logger::Level::Error, "answered-twice",
                                          "a request was answered twice; the second answer was dropped");
                        return;
                    }
                    self->m_awaiting = 0;
                    self->doWrite(std::move(res), self->m_keepAlive);
                });
        });
    }

    // Answers a request whose header was refused. When it carries no body the connection stays open
    // (what follows in the buffer is the next request); otherwise its body is still on the wire and the
    // connection closes after the answer.
    void refuse(const Error& error)
    {
        const bool noBody = m_parser && m_parser->is_done();
        doWrite(Responses::error(error, m_version ? m_version : 11), noBody && m_parser->keep_alive());
    }

    // Answers an unreadable, ambiguous or oversized request and closes: its body may still be on the wire.
    void reject(const Error& error)
    {
        if (error.kind != ErrorKind::ServiceUnavailable)
            m_registry->count(ConnectionRegistry::Counter::Malformed);
        doWrite(Responses::error(error, m_version ? m_version : 11), false);
    }

    void doWrite(HttpResponse&& response, bool keepAlive)
    {
        response.version(m_version ? m_version : 11);
        response.keep_alive(keepAlive && !m_registry->draining());
        WireHead::preparePayload(response);
        m_response = std::move(response);
        m_head.clear();
        WireHead::append(m_head, *m_response, kServerLine);
        // A HEAD request gets the header of the GET answer, Content-Length included, and no body.
        const bool bodyInHead = m_headRequest || WireHead::appendSmallBody(m_head, m_response->body());
        expiresAfter(m_limits.writeTimeout);
        WireHead::asyncWrite(m_stream, m_head, m_response->body(), bodyInHead,
                             [self = this->shared_from_this(),
                              close = m_response->need_eof()](boost::beast::error_code ec, std::size_t) {
                                 self->m_response.reset();
                                 self->endRequest();
                                 if (ec)
                                     return self->fail(ec, "write");
                                 if (close)
                                     return self->doClose();
                                 self->doRead();
                             });
    }

    void beginRequest()
    {
        if (!m_inFlight)
            m_registry->requestStarted();
        m_inFlight = true;
    }

    void endRequest()
    {
        if (m_reserved > 0)
            m_registry->releaseBody(m_reserved);
        m_reserved = 0;
        if (m_inFlight)
            m_registry->requestFinished();
        m_inFlight = false;
    }

    void doClose()
    {
        endRequest();
        m_parser.reset();
        if constexpr (kIsTls<Stream>) {
            expiresAfter(m_limits.handshakeTimeout);
            m_stream.async_shutdown([self = this->shared_from_this()](boost::beast::error_code) {});
        } else {
            boost::beast::error_code ec;
            m_stream.shutdown(boost::asio::ip::tcp::socket::shutdown_send, ec);
            m_drainBuffer = std::make_unique<std::array<char, 4096>>();
            doDrain();
        }
    }

    // A lingering close: closing with unread bytes (the rest of a refused body) would send a reset that
    // can destroy our answer before the client reads it, so read and drop what still comes, briefly.
    void doDrain()
    {
        if (m_drained > kMaxDrainBytes)
            return;
        expiresAfter(std::chrono::seconds(2));
        m_stream.async_read_some(
            boost::asio::buffer(*m_drainBuffer),
            [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t n) {
                if (ec)
                    return;
                self->m_drained += n;
                self->doDrain();
            });
    }

    void fail(boost::beast::error_code ec, const char* what)
    {
        endRequest();
        // Timeouts, resets and a peer that skips the TLS close_notify are a client's business, not ours.
        if (ec == boost::beast::error::timeout || ec == boost::asio::error::operation_aborted ||
            ec == boost::asio::error::connection_reset || ec == boost::asio::error::eof ||
            ec == boost::asio::error::bad_descriptor || ec == boost::asio::ssl::error::stream_truncated ||
            ec == boost::beast::http::error::end_of_stream || ec == boost::asio::error::broken_pipe)
            return;
        // Anything else is still something a client can cause at will: counted, and logged sparingly.
        const std::string_view stage(what);
        m_registry->count(stage == "handshake" ? ConnectionRegistry::Counter::HandshakeFailed
                          : stage == "write"   ? ConnectionRegistry::Counter::WriteFailed
                                               : ConnectionRegistry::Counter::ReadFailed);
        Logger::throttled(Logger::Level::Warning, what,
                          std::string("connection ") + what + ": " + ec.message());
    }

    static constexpr std::size_t kMaxDrainBytes = 8 * 1024 * 1024;
    static constexpr std::string_view kServerLine = "Server: switchyard/" SWITCHYARD_VERSION "\r\n";

    Stream m_stream;
    ConnectionWatchdog<boost::asio::io_context::executor_type> m_watchdog;
    RequestHandler& m_handler;
    std::shared_ptr<ConnectionRegistry> m_registry;
    SessionLimits m_limits;
    int m_thread;
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    std::optional<HttpResponse> m_response; // kept alive while it is written
    std::string m_head;                     // the answer's start line and header while it is written
    std::uint64_t m_limit = 0;
    std::uint64_t m_reserved = 0; // body bytes taken from the registry's budget
    std::uint64_t m_requestSeq = 0;
    std::uint64_t m_awaiting = 0; // the request whose answer is expected; 0 when none
    unsigned m_version = 11;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_inFlight = false;
    bool m_shedding = false;                               // asked to shed: its read was cancelled
    bool m_lean = false;                                   // waiting for readability, holding no buffers
    std::unique_ptr<std::array<char, 4096>> m_drainBuffer; // only while closing
    std::size_t m_drained = 0;
};

} // namespace switchyard::server
