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
        : stream_(std::forward<Args>(streamArgs)...), watchdog_(stream_.get_executor()), handler_(handler),
          registry_(std::move(registry)), limits_(limits), thread_(thread)
    {}

    ~HttpSession() override
    {
        endRequest();
        registry_->connectionClosed();
    }

    void run()
    {
        boost::asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
            if constexpr (kIsTls<Stream>)
                self->do_handshake();
            else
                self->do_read();
        });
    }

    void closeIdle() override
    {
        boost::beast::error_code ignored;
        lowest().close(ignored); // the pending wait ends with operation_aborted
    }

private:
    auto& lowest() { return boost::beast::get_lowest_layer(stream_); }

    void expires_after(std::chrono::steady_clock::duration timeout)
    {
        watchdog_.expiresAfter(timeout, this->shared_from_this(), [](HttpSession& self) {
            self.registry_->count(ConnectionRegistry::Counter::Timeout);
            boost::beast::error_code ignored;
            self.lowest().close(ignored); // the pending operation ends with operation_aborted
        });
    }

    void do_handshake()
    {
        expires_after(limits_.handshakeTimeout);
        stream_.async_handshake(boost::asio::ssl::stream_base::server,
                                [self = this->shared_from_this()](boost::beast::error_code ec) {
                                    if (ec)
                                        return self->fail(ec, "handshake");
                                    self->do_read();
                                });
    }

    // Waits for the next request, reading at once into the buffers of the last one: that read is
    // speculative, with no epoll_ctl (a wait for readability costs one per request in Boost 1.74, a
    // measurable share of the router's CPU, docs/performance.md). A plain connection still waiting after
    // ConnectionRegistry::kShedAfter is asked to shed (shedBuffers): it cancels the read and waits for
    // readability holding no buffers (about 1.6 KiB per idle connection instead of 18).
    void do_read()
    {
        if (registry_->draining())
            return do_close();
        parser_.reset();
        shedding_ = false;
        registry_->becameIdle(thread_, *this);
        expires_after(limits_.idleTimeout);
        read_header();
    }

    void shedBuffers() override
    {
        if constexpr (!kIsTls<Stream>) {
            if (lean_ || shedding_ || buffer_.size() > 0)
                return;
            shedding_ = true;
            boost::beast::error_code ignored;
            lowest().cancel(ignored); // the pending read ends with operation_aborted (on_header)
        }
    }

    // Idle without buffers until the client sends something (plain connections only).
    void wait_lean()
    {
        buffer_.shrink_to_fit();
        std::string().swap(head_);
        parser_.reset();
        lean_ = true;
        registry_->shedConnection(+1);
        registry_->becameIdle(thread_, *this);
        lowest().async_wait(SessionSocket::wait_read,
                            [self = this->shared_from_this()](boost::beast::error_code ec) {
                                ConnectionRegistry::becameBusy(*self);
                                self->lean_ = false;
                                self->registry_->shedConnection(-1);
                                if (ec)
                                    return self->fail(ec, "read");
                                self->read_header();
                            });
    }

    void read_header()
    {
        parser_.emplace();
        parser_->header_limit(limits_.headerLimit);
        // The real limit depends on the route; it is set once the header is read (on_header).
        parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
        boost::beast::http::async_read_header(
            stream_, buffer_, *parser_,
            [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t) {
                ConnectionRegistry::becameBusy(*self);
                self->on_header(ec);
            });
    }

    void on_header(boost::beast::error_code ec)
    {
        namespace http = boost::beast::http;
        if (ec == http::error::end_of_stream)
            return do_close();
        if (ec == boost::asio::error::operation_aborted && shedding_ && lowest().is_open()) {
            // Asked to shed while it waited (shedBuffers); bytes of a header that had begun stay.
            shedding_ = false;
            if (buffer_.size() == 0)
                return wait_lean();
            return read_header();
        }
        if (ec == http::error::header_limit)
            return reject(
                {ErrorKind::HeaderTooLarge, "HeaderTooLarge",
                 "The request header is larger than " + std::to_string(limits_.headerLimit) + " bytes.",
                 std::nullopt});
        if (ec && ec.category() == boost::beast::http::make_error_code(http::error::end_of_stream).category())
            return reject(Error::badRequest("MalformedRequest", "The request is not valid HTTP/1.1."));
        if (ec)
            return fail(ec, "read");
        const auto& header = parser_->get();
        version_ = header.version();
        headRequest_ = header.method() == http::verb::head;
        beginRequest();
        if (auto framing = FramingCheck::check(header); !framing)
            return reject(framing.error());
        Admission admission = handler_.admit(header.base());
        if (admission.refusal)
            return refuse(*admission.refusal);
        limit_ = admission.bodyLimit;
        const auto length = parser_->content_length();
        if (length && *length > limit_)
            return reject(Responses::payloadTooLarge(limit_));
        // What the body may hold in memory, taken from the shared budget before a byte of it is read.
        const std::uint64_t reservation = length ? *length : (parser_->chunked() ? limit_ : 0);
        if (reservation > 0) {
            if (!registry_->reserveBody(reservation))
                return reject(Responses::bodyMemoryExhausted());
            reserved_ = reservation;
            if (!length)
                limit_ = std::min(limit_, reservation);
        }
        parser_->body_limit(limit_);
        if (boost::beast::iequals(header[http::field::expect], "100-continue") && !parser_->is_done()) {
            // Clients such as libcurl wait for this before sending a large body; only an admitted request
            // gets it.
            auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, version_);
            expires_after(limits_.writeTimeout);
            return http::async_write(
                stream_, *cont,
                [self = this->shared_from_this(), cont](boost::beast::error_code wec, std::size_t) {
                    if (wec)
                        return self->fail(wec, "write");
                    self->read_body();
                });
        }
        if (parse_buffered_body())
            return;
        read_body();
    }

    // A small request's body usually came in the same packet as its header: parse it from the buffer
    // without another trip through the event loop. False when more must be read from the socket.
    bool parse_buffered_body()
    {
        boost::beast::error_code ec;
        while (!parser_->is_done() && buffer_.size() > 0) {
            const auto used = parser_->put(buffer_.data(), ec);
            buffer_.consume(used);
            if (ec == boost::beast::http::error::need_more) {
                ec = {};
                break;
            }
            if (ec || used == 0)
                break;
        }
        if (!ec && !parser_->is_done())
            return false;
        on_read(ec);
        return true;
    }

    void read_body()
    {
        expires_after(limits_.bodyTimeout);
        boost::beast::http::async_read(stream_, buffer_, *parser_,
                                       [self = this->shared_from_this()](boost::beast::error_code ec,
                                                                         std::size_t) { self->on_read(ec); });
    }

    void on_read(boost::beast::error_code ec)
    {
        namespace http = boost::beast::http;
        if (ec == http::error::body_limit)
            return reject(Responses::payloadTooLarge(limit_));
        if (ec &&
            ec.category() == boost::beast::http::make_error_code(http::error::end_of_stream).category() &&
            ec != http::error::end_of_stream && ec != http::error::partial_message)
            return reject(Error::badRequest("MalformedRequest", "The request is not valid HTTP/1.1."));
        if (ec)
            return fail(ec, "read");
        HttpRequest request = parser_->release();
        parser_.reset();
        keepAlive_ = request.keep_alive();
        // The handler may take its time (the events long poll, a queued score), within its own limits.
        expires_after(limits_.handlerTimeout);
        const auto answer = ++requestSeq_;
        awaiting_ = answer;
        auto self = this->shared_from_this();
        handler_.handle(std::move(request), [self, answer](HttpResponse&& response) {
            boost::asio::post(
                self->stream_.get_executor(), [self, answer, res = std::move(response)]() mutable {
                    if (self->awaiting_ != answer) {
                        // A second answer to the same request (or one after the connection gave up on it).
                        self->registry_->count(ConnectionRegistry::Counter::AnsweredTwice);
                        Logger::throttled(Logger::Level::Error, "answered-twice",
                                          "a request was answered twice; the second answer was dropped");
                        return;
                    }
                    self->awaiting_ = 0;
                    self->do_write(std::move(res), self->keepAlive_);
                });
        });
    }

    // Answers a request whose header was refused. When it carries no body the connection stays open
    // (what follows in the buffer is the next request); otherwise its body is still on the wire and the
    // connection closes after the answer.
    void refuse(const Error& error)
    {
        const bool noBody = parser_ && parser_->is_done();
        do_write(Responses::error(error, version_ ? version_ : 11), noBody && parser_->keep_alive());
    }

    // Answers an unreadable, ambiguous or oversized request and closes: its body may still be on the wire.
    void reject(const Error& error)
    {
        if (error.kind != ErrorKind::ServiceUnavailable)
            registry_->count(ConnectionRegistry::Counter::Malformed);
        do_write(Responses::error(error, version_ ? version_ : 11), false);
    }

    void do_write(HttpResponse&& response, bool keepAlive)
    {
        response.version(version_ ? version_ : 11);
        response.keep_alive(keepAlive && !registry_->draining());
        WireHead::preparePayload(response);
        response_ = std::move(response);
        head_.clear();
        WireHead::append(head_, *response_, kServerLine);
        // A HEAD request gets the header of the GET answer, Content-Length included, and no body.
        const bool bodyInHead = headRequest_ || WireHead::appendSmallBody(head_, response_->body());
        expires_after(limits_.writeTimeout);
        WireHead::asyncWrite(stream_, head_, response_->body(), bodyInHead,
                             [self = this->shared_from_this(),
                              close = response_->need_eof()](boost::beast::error_code ec, std::size_t) {
                                 self->response_.reset();
                                 self->endRequest();
                                 if (ec)
                                     return self->fail(ec, "write");
                                 if (close)
                                     return self->do_close();
                                 self->do_read();
                             });
    }

    void beginRequest()
    {
        if (!inFlight_)
            registry_->requestStarted();
        inFlight_ = true;
    }

    void endRequest()
    {
        if (reserved_ > 0)
            registry_->releaseBody(reserved_);
        reserved_ = 0;
        if (inFlight_)
            registry_->requestFinished();
        inFlight_ = false;
    }

    void do_close()
    {
        endRequest();
        parser_.reset();
        if constexpr (kIsTls<Stream>) {
            expires_after(limits_.handshakeTimeout);
            stream_.async_shutdown([self = this->shared_from_this()](boost::beast::error_code) {});
        } else {
            boost::beast::error_code ec;
            stream_.shutdown(boost::asio::ip::tcp::socket::shutdown_send, ec);
            drainBuffer_ = std::make_unique<std::array<char, 4096>>();
            do_drain();
        }
    }

    // A lingering close: closing with unread bytes (the rest of a refused body) would send a reset that
    // can destroy our answer before the client reads it, so read and drop what still comes, briefly.
    void do_drain()
    {
        if (drained_ > kMaxDrainBytes)
            return;
        expires_after(std::chrono::seconds(2));
        stream_.async_read_some(
            boost::asio::buffer(*drainBuffer_),
            [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t n) {
                if (ec)
                    return;
                self->drained_ += n;
                self->do_drain();
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
        registry_->count(stage == "handshake" ? ConnectionRegistry::Counter::HandshakeFailed
                         : stage == "write"   ? ConnectionRegistry::Counter::WriteFailed
                                              : ConnectionRegistry::Counter::ReadFailed);
        Logger::throttled(Logger::Level::Warning, what,
                          std::string("connection ") + what + ": " + ec.message());
    }

    static constexpr std::size_t kMaxDrainBytes = 8 * 1024 * 1024;
    static constexpr std::string_view kServerLine = "Server: switchyard/" SWITCHYARD_VERSION "\r\n";

    Stream stream_;
    ConnectionWatchdog<boost::asio::io_context::executor_type> watchdog_;
    RequestHandler& handler_;
    std::shared_ptr<ConnectionRegistry> registry_;
    SessionLimits limits_;
    int thread_;
    boost::beast::flat_buffer buffer_;
    std::optional<Parser> parser_;
    std::optional<HttpResponse> response_; // kept alive while it is written
    std::string head_;                     // the answer's start line and header while it is written
    std::uint64_t limit_ = 0;
    std::uint64_t reserved_ = 0; // body bytes taken from the registry's budget
    std::uint64_t requestSeq_ = 0;
    std::uint64_t awaiting_ = 0; // the request whose answer is expected; 0 when none
    unsigned version_ = 11;
    bool keepAlive_ = true;
    bool headRequest_ = false;
    bool inFlight_ = false;
    bool shedding_ = false;                               // asked to shed: its read was cancelled
    bool lean_ = false;                                   // waiting for readability, holding no buffers
    std::unique_ptr<std::array<char, 4096>> drainBuffer_; // only while closing
    std::size_t drained_ = 0;
};

} // namespace switchyard::server
