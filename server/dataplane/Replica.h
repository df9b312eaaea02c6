#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/tcp_stream.hpp>

#include "DataPlane.h"
#include "IoPool.h"

namespace switchyard::server {

// One replica as the router and the supervisor see it. Guarded by its VersionRuntime's mutex.
struct Replica
{
    enum class State
    {
        Starting,
        Ready,
        Draining,
        Gone
    };

    std::string id;
    boost::asio::ip::tcp::endpoint endpoint;
    int pid = 0;
    State state = State::Starting;
    int inflight = 0;
    int probeSuccesses = 0;
    int probeFailures = 0;
    std::chrono::steady_clock::time_point startedAt;
    std::unique_ptr<boost::asio::steady_timer> probeTimer;
    // Keep-alive connections to the replica that are not carrying a request right now.
    std::vector<std::unique_ptr<boost::beast::tcp_stream>> idle;

    // An idle connection for the next request, preferring one on the calling thread's event loop (the
    // call then stays on this thread); null when none is idle.
    std::unique_ptr<boost::beast::tcp_stream> takeIdle()
    {
        if (idle.empty())
            return nullptr;
        auto chosen = idle.end() - 1;
        if (auto* here = IoPool::current()) {
            for (auto it = idle.rbegin(); it != idle.rend(); ++it) {
                const auto any = (*it)->get_executor(); // the target lives inside this copy
                const auto* executor = any.target<boost::asio::io_context::executor_type>();
                if (executor && &executor->context() == here) {
                    chosen = std::next(it).base();
                    break;
                }
            }
        }
        auto conn = std::move(*chosen);
        idle.erase(chosen);
        return conn;
    }
};

// A scoring request on its way through the router.
struct ScoreJob
{
    HttpRequest request;
    Responder respond;
    std::string requestId;
    std::chrono::steady_clock::time_point arrived;
    unsigned httpVersion = 11;
    bool keepAlive = true;
    std::string collectedRequest; // a copy of the body (≤ 64 KiB) when the version collects model data
};

} // namespace switchyard::server
