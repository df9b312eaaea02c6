#pragma once

#include <chrono>
#include <functional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace switchyard::server {

// One health check: GET path on a fresh connection, success when the answer is 2xx within timeout.
// `done(ok, detail)` runs on a data-plane thread; detail says what went wrong.
void probeHttp(boost::asio::io_context& io, boost::asio::ip::tcp::endpoint endpoint, std::string path,
               std::chrono::milliseconds timeout, std::function<void(bool ok, std::string detail)> done);

} // namespace switchyard::server
