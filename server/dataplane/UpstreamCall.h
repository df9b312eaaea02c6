#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include <boost/beast/http/parser.hpp>

#include "Replica.h"

namespace switchyard::server {

class VersionRuntime;

// One scoring request forwarded to one replica over a pooled keep-alive connection: write, read,
// answer. scoring_timeout_ms bounds the whole exchange (504); a replica that fails or closes the
// connection is 502. A stale pooled connection (closed by the replica while idle) is retried once on
// a fresh one before anything was read; a replica that refuses the connection (gone, and the router
// not told yet) hands the request to another ready one.
class UpstreamCall : public std::enable_shared_from_this<UpstreamCall>
{
public:
    UpstreamCall(boost::asio::io_context& io, std::shared_ptr<VersionRuntime> version,
                 std::shared_ptr<Replica> replica, std::shared_ptr<UpstreamConnection> conn, ScoreJob&& job,
                 const std::string& scorePath, std::chrono::milliseconds timeout,
                 const std::string& versionName);

    void run();

private:
    void connect();
    void write();
    void read();
    bool retryOnFreshConnection(boost::beast::error_code ec);
    bool sendElsewhere(boost::beast::error_code ec);
    void fail(boost::beast::error_code ec);
    void finish(HttpResponse&& response, bool keepConnection);

    boost::asio::io_context& m_io;
    std::shared_ptr<VersionRuntime> m_version;
    std::shared_ptr<Replica> m_replica;
    std::shared_ptr<UpstreamConnection> m_conn;
    ScoreJob m_job;
    std::string m_head; // the request's start line and header as sent to the replica (and a small body)
    bool m_bodyInHead = false;
    const std::string& m_versionName;
    std::chrono::steady_clock::time_point m_deadline;
    std::chrono::steady_clock::time_point m_started;
    std::optional<boost::beast::http::response_parser<boost::beast::http::string_body>> m_parser;
    bool m_reused = false;
    bool m_retried = false;
};

} // namespace switchyard::server
