#pragma once

#include <functional>

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace switchyard::server {

// The message types every part of the server speaks: the listener reads requests into them, the data
// plane relays them, the handlers answer with them. Here rather than in the data-plane contract so that
// the HTTP layer does not depend on the data plane to name a request.
using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;
using Responder = std::function<void(HttpResponse&&)>;

} // namespace switchyard::server
