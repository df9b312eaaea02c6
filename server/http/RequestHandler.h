#pragma once

#include <cstdint>
#include <optional>

#include <boost/beast/http/message.hpp>

#include "HttpMessage.h"
#include "Error.h"

namespace switchyard::server {

// What a request may do, decided from its header alone, before a byte of its body is accepted: the
// largest body it may carry, or the answer it gets instead (no such route, no such endpoint, no valid
// credential). A refused request's body is never read, so an outsider cannot make the server hold one.
struct Admission
{
    std::uint64_t bodyLimit = 0;
    std::optional<Error> refusal;
};

// What a connection hands each request to. Separate from socket I/O so it can be tested without sockets.
// handle() may answer later, from any thread; it calls `respond` at most once (a connection guards
// against a second call and closes one that gets no answer within its handler timeout).
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual Admission admit(const boost::beast::http::request_header<>& header) const = 0;
    virtual void handle(HttpRequest&& request, Responder respond) = 0;
};

} // namespace switchyard::server
