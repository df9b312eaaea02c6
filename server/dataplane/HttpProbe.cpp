#include "HttpProbe.h"

#include <memory>

#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace switchyard::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

struct Probe : std::enable_shared_from_this<Probe>
{
    Probe(asio::io_context& io) : stream(asio::make_strand(io)) {}

    beast::tcp_stream stream;
    beast::flat_buffer buffer;
    http::request<http::empty_body> request;
    http::response<http::string_body> response;
    std::function<void(bool, std::string)> done;

    void fail(const char* what, beast::error_code ec)
    {
        done(false, std::string(what) + ": " + (ec == beast::error::timeout ? "timed out" : ec.message()));
    }
};

} // namespace

void probeHttp(asio::io_context& io, asio::ip::tcp::endpoint endpoint, std::string path,
               std::chrono::milliseconds timeout, std::function<void(bool, std::string)> done)
{
    auto p = std::make_shared<Probe>(io);
    p->done = std::move(done);
    p->request = {http::verb::get, path, 11};
    p->request.set(http::field::host, "127.0.0.1");
    p->request.keep_alive(false);
    p->stream.expires_after(timeout);
    p->stream.async_connect(endpoint, [p](beast::error_code ec) {
        if (ec)
            return p->fail("connect", ec);
        http::async_write(p->stream, p->request, [p](beast::error_code ec, size_t) {
            if (ec)
                return p->fail("write", ec);
            http::async_read(p->stream, p->buffer, p->response, [p](beast::error_code ec, size_t) {
                if (ec)
                    return p->fail("read", ec);
                beast::error_code ignored;
                p->stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
                const int status = p->response.result_int();
                if (status >= 200 && status < 300)
                    p->done(true, {});
                else
                    p->done(false, "status " + std::to_string(status));
            });
        });
    });
}

} // namespace switchyard::server
