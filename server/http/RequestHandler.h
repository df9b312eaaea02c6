#pragma once

#include <cstdint>

#include <boost/beast/http/message.hpp>

#include "DataPlane.h"

namespace switchyard::server {

// What a connection hands each request to. Separate from socket I/O so it can be tested without sockets.
// handle() may answer later, from any thread; it calls `respond` exactly once.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual void handle(HttpRequest&& request, Responder respond) = 0;
    // The largest body this request may carry, decided from its header before the body is read.
    virtual std::uint64_t bodyLimit(const boost::beast::http::request_header<>& header) const = 0;
};

} // namespace switchyard::server
