#include "LocalDataPlane.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <chrono>
#include <random>
#include <thread>

#include "BackgroundWriter.h"
#include "Capacity.h"
#include "ErrorResponses.h"
#include "LocalProcessBackend.h"
#include "ModelDataCollector.h"
#include "PrometheusText.h"
#include "Names.h"
#include "ScoringCredential.h"
#include "VersionRuntime.h"

namespace switchyard::server {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using Clock = std::chrono::steady_clock;

struct LocalDataPlane::Route
{
    std::string name;
    std::shared_ptr<VersionRuntime> runtime;
    int cumulative = 0; // sum of effective traffic up to and including this version
};

struct LocalDataPlane::RouteTable
{
    ScoringAuth auth;
    std::vector<Route> routes;
    int total = 0;
    size_t fallback = 0; // the default version, when no version has traffic
};

namespace {

constexpr size_t kMaxScaleEvents = 2000;

// A small fast generator per thread: the split needs uniformity, not secrecy.
struct ThreadRandom
{
    std::uint64_t state;
    std::uint64_t counter = 0;
    ThreadRandom()
    {
        std::random_device device;
        state = (std::uint64_t(device()) << 32) ^ device() ^
                std::hash<std::thread::id>{}(std::this_thread::get_id());
    }
    std::uint64_t next() // splitmix64
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};

ThreadRandom& threadRandom()
{
    thread_local ThreadRandom random;
    return random;
}

std::string newRequestId()
{
    static constexpr char hex[] = "0123456789abcdef";
    std::uint64_t v = threadRandom().next();
    std::string id(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4)
        id[i] = hex[v & 15];
    return id;
}

Error unknownEndpoint(const std::string& endpoint)
{
    return Error::notFound("No endpoint named '" + endpoint + "'.", std::string("endpoint"));
}

Error notAuthorized(const ScoringAuth& auth)
{
    return Error::unauthorized(auth.mode == AuthMode::Token
                                   ? "A valid bearer token is required."
                                   : "A valid key is required: Authorization: Bearer <key>.");
}

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

LocalDataPlane::LocalDataPlane(asio::io_context& io, DataPlaneOptions options)
    : LocalDataPlane(io, std::move(options), [&io](const auto& writer, const DataPlaneOptions& o) {
          return std::make_shared<LocalProcessBackend>(io, o.dataDir, writer);
      })
{}

LocalDataPlane::LocalDataPlane(asio::io_context& io, DataPlaneOptions options,
                               const BackendFactory& makeBackend)
    : m_io(io), m_options(std::move(options)), m_writer(std::make_shared<BackgroundWriter>()),
      m_backend(makeBackend(m_writer, m_options)), m_routes(std::make_shared<const RouteMap>()),
      m_guard(std::make_shared<TickGuard>()), m_timer(io)
{
    scheduleTick();
}

LocalDataPlane::~LocalDataPlane()
{
    stop();
}

void LocalDataPlane::applyEndpoint(const EndpointRuntimeConfig& config)
{
    std::lock_guard lock(m_mutex);
    if (m_stopped)
        return;
    auto& state = m_endpoints[config.name];
    state.config = config;
    std::map<std::string, std::shared_ptr<VersionRuntime>> versions;
    for (const auto& v : config.versions) {
        VersionSettings settings{config.name, v, m_options.replicaBinary, m_options.autoscalerEnabled,
                                 static_cast<double>(m_options.scaleDownDelay.count())};
        auto it = state.versions.find(v.spec.versionName);
        if (it != state.versions.end()) {
            it->second->update(std::move(settings));
            versions[v.spec.versionName] = it->second;
        } else {
            auto runtime = std::make_shared<VersionRuntime>(m_io, m_backend, m_writer, m_options.dataDir,
                                                            std::move(settings));
            runtime->start();
            versions[v.spec.versionName] = std::move(runtime);
        }
    }
    for (auto& [name, runtime] : state.versions)
        if (!versions.count(name)) {
            runtime->retire();
            m_retiring.push_back(runtime);
        }
    state.versions = std::move(versions);
    publishLocked();
}

void LocalDataPlane::removeEndpoint(const std::string& endpoint)
{
    std::lock_guard lock(m_mutex);
    auto it = m_endpoints.find(endpoint);
    if (it == m_endpoints.end())
        return;
    for (auto& [name, runtime] : it->second.versions) {
        runtime->retire();
        m_retiring.push_back(runtime);
    }
    m_endpoints.erase(it);
    publishLocked();
}

void LocalDataPlane::publishLocked()
{
    auto map = std::make_shared<RouteMap>();
    for (const auto& [name, state] : m_endpoints) {
        auto table = std::make_shared<RouteTable>();
        table->auth = state.config.auth;
        for (const auto& v : state.config.versions) {
            auto it = state.versions.find(v.spec.versionName);
            if (it == state.versions.end())
                continue;
            table->total += std::max(0, v.effectiveTraffic);
            if (v.spec.isDefault)
                table->fallback = table->routes.size();
            table->routes.push_back({v.spec.versionName, it->second, table->total});
        }
        (*map)[name] = std::move(table);
    }
    m_routes.store(std::move(map), std::memory_order_release);
}

std::optional<Error> LocalDataPlane::admitScore(const std::string& endpoint,
                                                const http::request_header<>& header) const
{
    const auto routes = m_routes.load(std::memory_order_acquire);
    const auto found = routes->find(endpoint);
    if (found == routes->end())
        return unknownEndpoint(endpoint);
    if (!scoringCredentialAccepted(found->second->auth, header))
        return notAuthorized(found->second->auth);
    return std::nullopt;
}

void LocalDataPlane::score(const std::string& endpoint, HttpRequest&& request, Responder respond)
{
    const auto arrived = Clock::now();
    const unsigned httpVersion = request.version();
    const bool keepAlive = request.keep_alive();
    std::string requestId;
    if (auto given = request.find("X-Request-Id");
        given != request.end() && !given->value().empty() && given->value().size() <= 128)
        requestId.assign(given->value().data(), given->value().size());
    else
        requestId = newRequestId();

    auto fail = [&](const Error& error, const std::string* version) {
        auto res = errorResponse(error, httpVersion, keepAlive);
        res.set("X-Request-Id", requestId);
        if (version)
            res.set("X-Switchyard-Version", *version);
        respond(std::move(res));
    };

    const auto routes = m_routes.load(std::memory_order_acquire);
    const auto found = routes->find(endpoint);
    if (found == routes->end())
        return fail(unknownEndpoint(endpoint), nullptr);
    const RouteTable& table = *found->second;
    if (!scoringCredentialAccepted(table.auth, request))
        return fail(notAuthorized(table.auth), nullptr);
    if (table.routes.empty())
        return fail(
            scoringError(ErrorKind::ServiceUnavailable, "NoReplicaAvailable", "The endpoint has no version."),
            nullptr);

    const Route* route = nullptr;
    if (auto header = request.find("X-Switchyard-Version"); header != request.end()) {
        const std::string_view wanted(header->value().data(), header->value().size());
        for (const auto& r : table.routes)
            if (r.name == wanted)
                route = &r;
        if (!route) {
            const std::string name(wanted);
            if (!validateResourceName(name, "X-Switchyard-Version"))
                return fail(Error::badRequest("InvalidVersionName",
                                              "X-Switchyard-Version is not a valid version name.",
                                              std::string("X-Switchyard-Version")),
                            nullptr);
            return fail(Error::notFound("The endpoint has no version '" + name + "'.",
                                        std::string("X-Switchyard-Version")),
                        nullptr);
        }
    } else if (table.total > 0) {
        const int pick = static_cast<int>(threadRandom().next() % static_cast<std::uint64_t>(table.total));
        for (const auto& r : table.routes)
            if (pick < r.cumulative) {
                route = &r;
                break;
            }
    }
    if (!route)
        route = &table.routes[table.fallback];

    ScoreJob job;
    job.request = std::move(request);
    job.respond = std::move(respond);
    job.requestId = std::move(requestId);
    job.arrived = arrived;
    job.httpVersion = httpVersion;
    job.keepAlive = keepAlive;
    route->runtime->submit(std::move(job));
}

std::shared_ptr<VersionRuntime> LocalDataPlane::findVersion(const std::string& endpoint,
                                                            const std::string& version) const
{
    std::lock_guard lock(m_mutex);
    auto ep = m_endpoints.find(endpoint);
    if (ep == m_endpoints.end())
        return nullptr;
    auto v = ep->second.versions.find(version);
    return v == ep->second.versions.end() ? nullptr : v->second;
}

VersionStatus LocalDataPlane::status(const std::string& endpoint, const std::string& version) const
{
    if (auto runtime = findVersion(endpoint, version))
        return runtime->status();
    return {};
}

Resources LocalDataPlane::allocatedLocked() const
{
    Resources total;
    for (const auto& [name, state] : m_endpoints)
        for (const auto& [v, runtime] : state.versions)
            total = total + runtime->replicaResources() * runtime->desiredReplicas();
    return total;
}

Resources LocalDataPlane::allocated() const
{
    std::lock_guard lock(m_mutex);
    return allocatedLocked();
}

std::string LocalDataPlane::logs(const std::string& endpoint, const std::string& version, int tail) const
{
    return m_backend->logs(endpoint + "/" + version, std::clamp(tail, 0, 10000));
}

nlohmann::json LocalDataPlane::metrics(const std::string& endpoint, int seconds) const
{
    seconds = std::clamp(seconds, 1, 3600);
    nlohmann::json versions = nlohmann::json::object();
    nlohmann::json events = nlohmann::json::array();
    std::vector<std::shared_ptr<VersionRuntime>> runtimes;
    {
        std::lock_guard lock(m_mutex);
        auto ep = m_endpoints.find(endpoint);
        if (ep != m_endpoints.end()) {
            for (const auto& [name, runtime] : ep->second.versions)
                runtimes.push_back(runtime);
            const auto since = unixNow() - seconds;
            for (const auto& e : ep->second.scaleEvents)
                if (e["t"].get<std::int64_t>() > since)
                    events.push_back(e);
        }
    }
    for (const auto& runtime : runtimes)
        versions[runtime->name()] = runtime->metricsJson(seconds);
    return {{"interval_seconds", 1}, {"versions", std::move(versions)}, {"events", std::move(events)}};
}

std::string LocalDataPlane::prometheus() const
{
    std::vector<std::shared_ptr<VersionRuntime>> runtimes;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [name, state] : m_endpoints)
            for (const auto& [v, runtime] : state.versions)
                runtimes.push_back(runtime);
    }
    return PrometheusText::write(runtimes);
}

std::vector<EndpointMonitor> LocalDataPlane::monitor(int historySeconds) const
{
    historySeconds = std::clamp(historySeconds, 0, 3600);
    // The runtimes are collected under the plane's lock and asked outside it, so a slow answer (a long
    // history) never holds up a traffic change or the tick.
    std::vector<std::pair<std::string, std::vector<std::shared_ptr<VersionRuntime>>>> endpoints;
    {
        std::lock_guard lock(m_mutex);
        endpoints.reserve(m_endpoints.size());
        for (const auto& [name, state] : m_endpoints) {
            auto& runtimes =
                endpoints.emplace_back(name, std::vector<std::shared_ptr<VersionRuntime>>{}).second;
            for (const auto& [v, runtime] : state.versions) // a std::map: by name
                runtimes.push_back(runtime);
        }
    }
    std::vector<EndpointMonitor> out;
    out.reserve(endpoints.size());
    for (const auto& [name, runtimes] : endpoints) {
        EndpointMonitor endpoint{name, {}};
        endpoint.versions.reserve(runtimes.size());
        for (const auto& runtime : runtimes)
            endpoint.versions.push_back(runtime->monitor(historySeconds));
        out.push_back(std::move(endpoint));
    }
    return out;
}

std::optional<std::vector<ReplicaDetail>> LocalDataPlane::replicas(const std::string& endpoint,
                                                                   const std::string& version) const
{
    if (auto runtime = findVersion(endpoint, version))
        return runtime->replicaDetails();
    return std::nullopt;
}

nlohmann::json LocalDataPlane::collected(const std::string& endpoint, const std::string& version,
                                         int limit) const
{
    limit = std::clamp(limit, 0, 10000);
    if (auto runtime = findVersion(endpoint, version))
        return runtime->collected(limit);
    return ModelDataCollector(m_options.dataDir + "/collected/" + endpoint + "/" + version, m_writer)
        .newest(limit);
}

std::vector<std::pair<std::string, int>> LocalDataPlane::replicaPids(const std::string& endpoint,
                                                                     const std::string& version) const
{
    if (auto runtime = findVersion(endpoint, version))
        return runtime->replicaPids();
    return {};
}

void LocalDataPlane::scheduleTick()
{
    m_timer.expires_after(std::chrono::milliseconds(100));
    m_timer.async_wait([this, guard = m_guard](boost::system::error_code ec) {
        std::lock_guard lock(guard->mutex);
        if (ec || !guard->alive)
            return;
        onTick();
        scheduleTick();
    });
}

void LocalDataPlane::publishEvent(DataPlaneEvent event) const
{
    if (m_options.onEvent)
        m_options.onEvent(std::move(event));
}

void LocalDataPlane::onTick()
{
    const auto now = Clock::now();
    const auto unix = unixNow();
    const bool secondBoundary = unix != m_lastSecond;
    m_lastSecond = unix;

    std::vector<std::shared_ptr<VersionRuntime>> runtimes;
    Resources free;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [name, state] : m_endpoints)
            for (const auto& [v, runtime] : state.versions)
                runtimes.push_back(runtime);
        free = m_options.capacity - allocatedLocked();
        std::erase_if(m_retiring, [](const auto& r) { return r->replicaPids().empty(); });
    }
    std::vector<DataPlaneEvent> events;
    for (const auto& runtime : runtimes) {
        auto t = runtime->tick(now, free, secondBoundary, unix);
        if (t.scaled) {
            const int to = t.scaled->desiredReplicas;
            free = free - runtime->replicaResources() * (to - t.from);
            nlohmann::json detail{{"from", t.from},
                                  {"to", to},
                                  {"reason", t.scaled->reason},
                                  {"utilization", std::round(t.scaled->utilization)},
                                  {"capped_by_capacity", t.scaled->cappedByCapacity}};
            const std::string kind = to > t.from ? "ScaledUp" : "ScaledDown";
            {
                std::lock_guard lock(m_mutex);
                auto ep = m_endpoints.find(runtime->endpoint());
                if (ep != m_endpoints.end()) {
                    ep->second.scaleEvents.push_back({{"t", unix},
                                                      {"version", runtime->name()},
                                                      {"kind", kind},
                                                      {"from", t.from},
                                                      {"to", to},
                                                      {"reason", t.scaled->reason}});
                    while (ep->second.scaleEvents.size() > kMaxScaleEvents ||
                           ep->second.scaleEvents.front()["t"].get<std::int64_t>() < unix - 3600)
                        ep->second.scaleEvents.pop_front();
                }
            }
            events.push_back({runtime->endpoint(), runtime->name(), kind, std::move(detail)});
        }
        if (t.stateChangedFrom && !t.stateChangedFrom->empty()) {
            nlohmann::json detail{{"from", *t.stateChangedFrom}, {"to", t.state}};
            if (t.error)
                detail["error"] = *t.error;
            events.push_back({runtime->endpoint(), runtime->name(), "StateChanged", std::move(detail)});
        }
    }
    for (auto& e : events)
        publishEvent(std::move(e));
}

void LocalDataPlane::stop()
{
    {
        std::lock_guard guard(m_guard->mutex);
        m_guard->alive = false;
        m_timer.cancel();
    }
    std::vector<std::shared_ptr<VersionRuntime>> runtimes;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_stopped = true;
        for (auto& [name, state] : m_endpoints)
            for (auto& [v, runtime] : state.versions)
                runtimes.push_back(runtime);
        m_endpoints.clear();
        m_retiring.clear();
        publishLocked();
    }
    // The server stops, the versions do not: a set-running backend leaves their replicas running for the
    // next start to adopt.
    for (auto& runtime : runtimes)
        runtime->retire(VersionRuntime::Retire::ServerStopping);
    m_backend->stopAll();
    m_writer->flush();
}

BackendStatus LocalDataPlane::backendStatus() const
{
    return m_backend->backendStatus();
}

void LocalDataPlane::synced()
{
    m_backend->synced();
}

std::unique_ptr<DataPlane> makeLocalDataPlane(asio::io_context& io, DataPlaneOptions options)
{
    return std::make_unique<LocalDataPlane>(io, std::move(options));
}

} // namespace switchyard::server
