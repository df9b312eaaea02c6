#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include "DataPlane.h"
#include "IoPool.h"
#include "UpstreamConnection.h"

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
    int slot = 0; // the supervisor's failure accounting (VersionRuntime::Slot)
    boost::asio::ip::tcp::endpoint endpoint;
    int pid = 0;
    State state = State::Starting;
    int inflight = 0;
    int probeSuccesses = 0;
    int probeFailures = 0;
    std::chrono::steady_clock::time_point startedAt;
    // For GET …/replicas: when it started by the wall clock, and how often its slot (locally) or its
    // containers (a pod's restartCount) were restarted before.
    std::chrono::system_clock::time_point startedWall;
    int restarts = 0;
    // It refused a connection (its process or pod is gone, and the news has not arrived yet): the router
    // prefers the others until then.
    std::chrono::steady_clock::time_point refusedUntil;
    std::unique_ptr<boost::asio::steady_timer> probeTimer;
    // Keep-alive connections to the replica that are not carrying a request right now.
    std::vector<std::shared_ptr<UpstreamConnection>> idle;

    // An idle connection for the next request. On a pool thread only one of that thread's own event loop
    // will do (null when it has none idle, and the caller opens one there): like nginx's workers, each
    // thread keeps its own keep-alive connections, so a call never hops to the other thread and back.
    // Any idle one on other threads (the control thread draining a queue).
    std::shared_ptr<UpstreamConnection> takeIdle()
    {
        auto chosen = idle.end();
        if (auto* here = IoPool::current()) {
            for (auto it = idle.rbegin(); it != idle.rend(); ++it)
                if ((*it)->runsOn(*here)) {
                    chosen = std::next(it).base();
                    break;
                }
        } else if (!idle.empty()) {
            chosen = idle.end() - 1;
        }
        if (chosen == idle.end())
            return nullptr;
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
    int redispatches = 0;         // times a refused connection sent it to another replica
};

} // namespace switchyard::server
