#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>

#include <boost/asio/buffer.hpp>
#include <boost/asio/write.hpp>

#include "HttpMessage.h"

namespace switchyard::server {

// The start line and header block of an HTTP/1.x message exactly as Beast's serializer would write them
// (fields in their stored order, then the blank line), appended to one contiguous string. The hot path
// sends that string and the body as two buffers of one gather write: one system call, and none of the
// generic buffer-sequence machinery that made up a quarter of the router's user time.
// `extraLines` are whole header lines ("Name: value\r\n") added after the stored fields.
class WireHead
{
public:
    static void append(std::string& out, const HttpRequest& request, std::string_view extraLines = {});
    static void append(std::string& out, const HttpResponse& response, std::string_view extraLines = {});

    // Content-Length from the body, unless the message already says exactly that (as a relayed one
    // does): Beast's prepare_payload() would replace the field, an allocation per message.
    template <bool isRequest>
    static void
    preparePayload(boost::beast::http::message<isRequest, boost::beast::http::string_body>& message)
    {
        const auto length = message.find(boost::beast::http::field::content_length);
        if (length != message.end() && !message.chunked()) {
            const auto stated = length->value();
            if (std::string_view(stated.data(), stated.size()) == std::to_string(message.body().size()))
                return;
        }
        message.prepare_payload();
    }

    // A small body is copied after the head, so that the message goes out in one plain send() rather
    // than a sendmsg() of two buffers; a large one stays where it is. True when it was copied.
    static bool appendSmallBody(std::string& head, std::string_view body)
    {
        if (body.size() > kSmallBodyBytes)
            return false;
        head += body;
        return true;
    }

    // Writes the message: the head alone when it holds the body, else the head and the body together.
    template <class Stream, class Handler>
    static void asyncWrite(Stream& stream, const std::string& head, const std::string& body, bool bodyInHead,
                           Handler&& handler)
    {
        if (bodyInHead)
            return boost::asio::async_write(stream, boost::asio::buffer(head),
                                            std::forward<Handler>(handler));
        const std::array<boost::asio::const_buffer, 2> wire{boost::asio::buffer(head),
                                                            boost::asio::buffer(body)};
        boost::asio::async_write(stream, wire, std::forward<Handler>(handler));
    }

    static constexpr std::size_t kSmallBodyBytes = 16 * 1024;
};

} // namespace switchyard::server
