#pragma once

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include "DataPlane.h"

namespace switchyard::server {

class BackgroundWriter;
class ReplicaBackend;
class VersionRuntime;

// The embedded data plane: replicas as local processes, the scoring router, the autoscaler, metrics.
//
// The hot path (score) reads one immutable routing snapshot through an atomic shared_ptr, checks the
// credential in constant time, picks the version by a per-thread RNG over cumulative weights and hands
// the request to that version's runtime, whose own short mutex picks a replica. No lock is shared by
// all requests and none is held across I/O. applyEndpoint builds a new snapshot and swaps it in, so a
// traffic or key change applies to the next request while requests in flight keep their version.
class LocalDataPlane final : public DataPlane
{
public:
    // Where the replicas run; given the writer the plane's logs go through.
    using BackendFactory = std::function<std::shared_ptr<ReplicaBackend>(
        const std::shared_ptr<BackgroundWriter>& writer, const DataPlaneOptions& options)>;

    // Replicas as local child processes (LocalProcessBackend).
    LocalDataPlane(boost::asio::io_context& io, DataPlaneOptions options);
    LocalDataPlane(boost::asio::io_context& io, DataPlaneOptions options, const BackendFactory& makeBackend);
    ~LocalDataPlane() override;

    void applyEndpoint(const EndpointRuntimeConfig& config) override;
    void removeEndpoint(const std::string& endpoint) override;
    std::optional<Error> admitScore(const std::string& endpoint,
                                    const boost::beast::http::request_header<>& header) const override;
    void score(const std::string& endpoint, HttpRequest&& request, Responder respond) override;
    VersionStatus status(const std::string& endpoint, const std::string& version) const override;
    Resources allocated() const override;
    std::string logs(const std::string& endpoint, const std::string& version, int tail) const override;
    nlohmann::json metrics(const std::string& endpoint, int seconds) const override;
    std::string prometheus() const override;
    std::vector<EndpointMonitor> monitor(int historySeconds) const override;
    std::optional<std::vector<ReplicaDetail>> replicas(const std::string& endpoint,
                                                       const std::string& version) const override;
    nlohmann::json collected(const std::string& endpoint, const std::string& version,
                             int limit) const override;
    BackendStatus backendStatus() const override;
    void synced() override;
    void stop() override;

    // Replica ids and pids of a version (tests and diagnostics).
    std::vector<std::pair<std::string, int>> replicaPids(const std::string& endpoint,
                                                         const std::string& version) const;

private:
    struct Route;
    struct RouteTable;
    using RouteMap = std::unordered_map<std::string, std::shared_ptr<const RouteTable>>;
    struct EndpointState
    {
        EndpointRuntimeConfig config;
        std::map<std::string, std::shared_ptr<VersionRuntime>> versions;
        std::deque<nlohmann::json> scaleEvents;
    };
    struct TickGuard
    {
        std::mutex mutex;
        bool alive = true;
    };

    void publishLocked();
    std::shared_ptr<VersionRuntime> findVersion(const std::string& endpoint,
                                                const std::string& version) const;
    Resources allocatedLocked() const;
    void scheduleTick();
    void onTick();
    void publishEvent(DataPlaneEvent event) const;

    boost::asio::io_context& m_io;
    DataPlaneOptions m_options;
    std::shared_ptr<BackgroundWriter> m_writer;
    std::shared_ptr<ReplicaBackend> m_backend;
    std::atomic<std::shared_ptr<const RouteMap>> m_routes;

    mutable std::mutex m_mutex; // management operations and the tick; never taken by score()
    std::map<std::string, EndpointState> m_endpoints;
    std::vector<std::shared_ptr<VersionRuntime>> m_retiring;
    bool m_stopped = false;

    std::shared_ptr<TickGuard> m_guard;
    boost::asio::steady_timer m_timer;
    std::int64_t m_lastSecond = 0;
};

// The embedded default: replicas as local child processes (what the server's data-plane factory calls).
std::unique_ptr<DataPlane> makeLocalDataPlane(boost::asio::io_context& io, DataPlaneOptions options);

} // namespace switchyard::server
