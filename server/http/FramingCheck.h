#pragma once

#include <boost/beast/http/message.hpp>

#include "Result.h"

namespace switchyard::server {

// Refuses a request header whose body length two readers could disagree on (RFC 9112 §6.1 and §6.3),
// the opening of request smuggling: a Transfer-Encoding other than exactly "chunked" ("xchunked",
// "chunked, identity", "gzip, chunked"), Transfer-Encoding twice, Transfer-Encoding with Content-Length
// or on HTTP/1.0, and Content-Length twice. The answer is a 400 and the connection closes, so the bytes
// after the header are never read as another request.
class FramingCheck
{
public:
    static Status check(const boost::beast::http::request_header<>& header);
};

} // namespace switchyard::server
