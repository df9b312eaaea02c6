#pragma once

// Small helpers for the data-plane tests: model files, free loopback ports, a blocking HTTP call.

#include <string>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <QFile>
#include <QString>

namespace switchyard::test {

struct HttpResult
{
    int status = 0; // 0: no answer (connection refused or reset)
    std::string body;
    std::string versionHeader;
};

inline unsigned short freeLoopbackPort()
{
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    return acceptor.local_endpoint().port();
}

// One request on its own connection to `host`:`port` (a loopback address).
inline HttpResult httpCallAt(const std::string& host, unsigned short port, boost::beast::http::verb method,
                             const std::string& target, const std::string& body = {})
{
    namespace beast = boost::beast;
    namespace http = beast::http;
    HttpResult result;
    try {
        boost::asio::io_context io;
        beast::tcp_stream stream(io);
        stream.expires_after(std::chrono::seconds(10));
        stream.connect({boost::asio::ip::make_address(host), port});
        http::request<http::string_body> req{method, target, 11};
        req.set(http::field::host, host);
        req.set(http::field::content_type, "application/json");
        req.body() = body;
        req.prepare_payload();
        http::write(stream, req);
        beast::flat_buffer buffer;
        http::response<http::string_body> res;
        http::read(stream, buffer, res);
        result.status = res.result_int();
        result.body = res.body();
        beast::error_code ec;
        stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ec);
    } catch (const std::exception&) {
        result.status = 0;
    }
    return result;
}

inline HttpResult httpCall(unsigned short port, boost::beast::http::verb method, const std::string& target,
                           const std::string& body = {})
{
    return httpCallAt("127.0.0.1", port, method, target, body);
}

inline bool writeFile(const QString& path, const std::string& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.data(), static_cast<qint64>(text.size())) == static_cast<qint64>(text.size());
}

// The contract's example model, with a chosen work_ms.
inline std::string exampleModel(int workMs = 0)
{
    return R"({"format": "switchyard.linear/v1", "weights": [[0.5, -1.0], [0.25, 2.0]], "bias": [0.1, 0.0],
 "activation": "softmax", "labels": ["stay", "churn"], "work_ms": )" +
           std::to_string(workMs) + "}";
}

} // namespace switchyard::test
