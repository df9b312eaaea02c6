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

#include "ConnectionWatchdog.h"
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
// Every wait has a deadline (SessionLimits); the watchdog closes the socket when one passes.
template <class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>>
{
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

public:
    template <class... Args>
    HttpSession(RequestHandler& handler, SessionLimits limits, Args&&... streamArgs)
        : stream_(std::forward<Args>(streamArgs)...), watchdog_(stream_.get_executor()), handler_(handler),
          limits_(limits)
    {}

    void run()
    {
        boost::asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
            if constexpr (kIsTls<Stream>)
                self->do_handshake();
            else
                self->do_read();
        });
    }

private:
    auto& lowest() { return boost::beast::get_lowest_layer(stream_); }

    void expires_after(std::chrono::steady_clock::duration timeout)
    {
        watchdog_.expiresAfter(timeout, this->shared_from_this(), [](HttpSession& self) {
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

    void do_read()
    {
        parser_.emplace();
        parser_->header_limit(limits_.headerLimit);
        // The real limit depends on the route; it is set once the header is read (on_header).
        parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
        expires_after(limits_.idleTimeout);
        boost::beast::http::async_read_header(
            stream_, buffer_, *parser_,
            [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t) {
                self->on_header(ec);
            });
    }

    void on_header(boost::beast::error_code ec)
    {
        namespace http = boost::beast::http;
        if (ec == http::error::end_of_stream)
            return do_close();
        if (ec == http::error::header_limit)
            return reject(Error::badRequest("HeaderTooLarge", "The request header is too large."));
        if (ec && ec.category() == boost::beast::http::make_error_code(http::error::end_of_stream).category())
            return reject(Error::badRequest("MalformedRequest", "The request is not valid HTTP/1.1."));
        if (ec)
            return fail(ec, "read");
        const auto& header = parser_->get();
        version_ = header.version();
        limit_ = handler_.bodyLimit(header.base());
        if (const auto length = parser_->content_length(); length && *length > limit_)
            return reject(Responses::payloadTooLarge(limit_));
        parser_->body_limit(limit_);
        if (boost::beast::iequals(header[http::field::expect], "100-continue") && !parser_->is_done()) {
            // Clients such as libcurl wait for this before sending a large body.
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
        keepAlive_ = request.keep_alive();
        // The handler may take its time (the events long poll, a queued score); no read timeout meanwhile.
        watchdog_.expiresNever();
        auto self = this->shared_from_this();
        handler_.handle(std::move(request), [self](HttpResponse&& response) {
            boost::asio::post(self->stream_.get_executor(), [self, answer = std::move(response)]() mutable {
                self->do_write(std::move(answer), self->keepAlive_);
            });
        });
    }

    // Answers an unreadable or oversized request and closes: its body may still be on the wire.
    void reject(const Error& error) { do_write(Responses::error(error, version_ ? version_ : 11), false); }

    void do_write(HttpResponse&& response, bool keepAlive)
    {
        response.version(version_ ? version_ : 11);
        response.keep_alive(keepAlive);
        WireHead::preparePayload(response);
        response_ = std::move(response);
        head_.clear();
        WireHead::append(head_, *response_, kServerLine);
        const bool bodyInHead = WireHead::appendSmallBody(head_, response_->body());
        expires_after(limits_.writeTimeout);
        WireHead::asyncWrite(stream_, head_, response_->body(), bodyInHead,
                             [self = this->shared_from_this(),
                              close = response_->need_eof()](boost::beast::error_code ec, std::size_t) {
                                 if (ec)
                                     return self->fail(ec, "write");
                                 self->response_.reset();
                                 if (close)
                                     return self->do_close();
                                 self->do_read();
                             });
    }

    void do_close()
    {
        if constexpr (kIsTls<Stream>) {
            expires_after(limits_.handshakeTimeout);
            stream_.async_shutdown([self = this->shared_from_this()](boost::beast::error_code) {});
        } else {
            boost::beast::error_code ec;
            stream_.shutdown(boost::asio::ip::tcp::socket::shutdown_send, ec);
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
            boost::asio::buffer(drainBuffer_),
            [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t n) {
                if (ec)
                    return;
                self->drained_ += n;
                self->do_drain();
            });
    }

    void fail(boost::beast::error_code ec, const char* what)
    {
        // Timeouts, resets and a peer that skips the TLS close_notify are a client's business, not ours.
        if (ec == boost::beast::error::timeout || ec == boost::asio::error::operation_aborted ||
            ec == boost::asio::error::connection_reset || ec == boost::asio::error::eof ||
            ec == boost::asio::error::bad_descriptor || ec == boost::asio::ssl::error::stream_truncated ||
            ec == boost::beast::http::error::end_of_stream)
            return;
        Logger::warning(std::string("connection ") + what + ": " + ec.message());
    }

    static constexpr std::size_t kMaxDrainBytes = 8 * 1024 * 1024;
    static constexpr std::string_view kServerLine = "Server: switchyard/" SWITCHYARD_VERSION "\r\n";

    Stream stream_;
    ConnectionWatchdog<boost::asio::io_context::executor_type> watchdog_;
    RequestHandler& handler_;
    SessionLimits limits_;
    boost::beast::flat_buffer buffer_;
    std::optional<Parser> parser_;
    std::optional<HttpResponse> response_; // kept alive while it is written
    std::string head_;                     // the answer's start line and header, kept for its capacity
    std::uint64_t limit_ = 0;
    unsigned version_ = 11;
    bool keepAlive_ = true;
    std::array<char, 16 * 1024> drainBuffer_{};
    std::size_t drained_ = 0;
};

} // namespace switchyard::server
