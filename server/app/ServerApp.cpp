#include "ServerApp.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include <sys/resource.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

#include "AdminToken.h"
#include "ConnectionRegistry.h"
#include "Crypto.h"
#include "DataPlaneFactory.h"
#include "DemoSetup.h"
#include "Listener.h"
#include "Logger.h"
#include "ManagementApi.h"
#include "ModelCredential.h"

namespace switchyard::server {
namespace net = boost::asio;

namespace {

std::string jwtSecret(Store& store)
{
    if (auto stored = store.meta("jwt_secret")) {
        std::string secret;
        if (Crypto::base64UrlDecode(*stored, secret) && secret.size() >= 32)
            return secret;
    }
    const std::string secret = Crypto::randomBytes(32);
    Transaction tx(store.db());
    store.setMeta("jwt_secret", Crypto::base64UrlEncode(secret));
    tx.commit();
    return secret;
}

std::string replicaBinary(const Options& options)
{
    if (!options.replicaBinary.empty())
        return options.replicaBinary;
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        return "switchyard-replica";
    // Next to this program, where the package installs it (<prefix>/libexec/switchyard beside
    // <prefix>/bin), or in the build tree.
    const auto dir = self.parent_path();
    for (const auto& candidate :
         {dir / "switchyard-replica", dir.parent_path() / "libexec" / "switchyard" / "switchyard-replica",
          dir / "replica" / "switchyard-replica"})
        if (std::filesystem::exists(candidate, ec))
            return candidate.string();
    return "switchyard-replica";
}

constexpr const char* kTls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                      "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                      "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

// Raises the soft descriptor limit to the hard one (as nginx's worker_rlimit_nofile does) and answers
// the limit in force.
std::uint64_t raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? (1u << 20) : static_cast<std::uint64_t>(limit.rlim_cur);
}

std::unique_ptr<net::ssl::context> makeTlsContext(const Options& options)
{
    auto ctx = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
    ctx->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                     net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                     net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
    SSL_CTX* native = ctx->native_handle();
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    // TLS 1.2: Mozilla's "intermediate" suites without the finite-field DHE ones: forward secrecy and
    // AEAD only (no RSA key exchange, no CBC, no SHA-1). TLS 1.3's own suites all qualify.
    if (SSL_CTX_set_cipher_list(native, kTls12Ciphers) != 1)
        throw std::runtime_error("the TLS 1.2 cipher list was refused");
    // An idle TLS connection gives its read and write buffers (about 34 KB) back.
    SSL_CTX_set_mode(native, SSL_MODE_RELEASE_BUFFERS);
    ctx->use_certificate_chain_file(options.tlsCert);
    ctx->use_private_key_file(options.tlsKey, net::ssl::context::pem);
    return ctx;
}

// Where replicas reach this server: the flag; in a pod, the Service the installer makes
// (switchyard-server.<namespace>.svc, on the scheme's own port); elsewhere this server's own URL.
std::string advertiseUrl(const Options& options, const std::string& namespaceName, const std::string& baseUrl,
                         bool tls)
{
    if (!options.advertiseUrl.empty())
        return options.advertiseUrl;
    if (options.backend == "kubernetes" && std::getenv("KUBERNETES_SERVICE_HOST"))
        return std::string(tls ? "https" : "http") + "://switchyard-server." + namespaceName + ".svc";
    return baseUrl;
}

} // namespace

int ServerApp::run()
{
    Logger::setJson(m_options.logFormat == "json");
    m_options.applyMachineDefaults();
    try {
        std::filesystem::create_directories(m_options.dataDir);
        const std::string tokenPath =
            m_options.adminTokenFile.empty() ? m_options.dataDir + "/admin-token" : m_options.adminTokenFile;
        auto adminToken = AdminToken::loadOrCreate(tokenPath);
        if (!adminToken) {
            Logger::error(adminToken.error().message);
            return 1;
        }
        Logger::info("admin token in " + tokenPath);

        Store store(m_options.dataDir + "/switchyard.db");
        auto jwt = std::make_shared<const JwtSigner>(jwtSecret(store), m_options.tokenLifetime);

        // `io` runs the control work (timers, probes, the supervisor, the events feed) on this thread;
        // connections and their scoring calls run on `sessions`, one event loop per thread.
        net::io_context io(1);
        net::thread_pool storeThread(1);
        EventLog events(store, io, storeThread.get_executor());
        ModelRegistry models(store, events, m_options.dataDir);

        DataPlaneOptions dpOptions;
        dpOptions.dataDir = m_options.dataDir;
        dpOptions.replicaBinary = replicaBinary(m_options);
        dpOptions.capacity = {m_options.cpuCores, m_options.memoryGb};
        dpOptions.autoscalerEnabled = m_options.purpose == "FastProd";
        dpOptions.scaleDownDelay = m_options.scaleDownDelay;
        dpOptions.backend = m_options.backend;
        dpOptions.kubernetes = {m_options.kubeconfig, m_options.kubeContext, m_options.kubeNamespace,
                                m_options.replicaImage, m_options.clusterName};
        // Known once the listener has bound; versions are deployed after that.
        auto advertised = std::make_shared<std::string>();
        dpOptions.advertiseUrl = [advertised] { return *advertised; };
        dpOptions.onEvent = [&store, &events, executor = storeThread.get_executor()](DataPlaneEvent e) {
            net::post(executor, [&store, &events, e = std::move(e)] {
                try {
                    // What the data plane reports, the server did on its own: the autoscaler scaled, or a
                    // version's health changed.
                    const bool scaled = e.kind == "ScaledUp" || e.kind == "ScaledDown";
                    ActorScope actor(events, EventLog::serverActor(scaled ? "autoscaler" : "health"));
                    Transaction tx(store.db());
                    events.append({0, {}, e.endpoint, e.version, e.kind, e.detail});
                    tx.commit();
                    events.committed();
                } catch (const std::exception& ex) {
                    Logger::error(std::string("cannot record a data-plane event: ") + ex.what());
                }
            });
        };
        dpOptions.issueModelCredential = [credentials = std::make_shared<const ModelCredential>(jwt)](
                                             const std::string& endpoint, const std::string& version,
                                             const std::string& modelSha256) {
            return credentials->issue({endpoint, version, modelSha256});
        };
        auto madeDataPlane = makeDataPlane(io, dpOptions);
        if (!madeDataPlane) {
            Logger::error(madeDataPlane.error().message);
            return 1;
        }
        auto dataPlane = std::move(madeDataPlane).value();

        ServiceContext ctx{store, *dataPlane, events, models, jwt, {}};
        ctx.cluster = {m_options.clusterName, m_options.purpose, dpOptions.capacity, {}, {}};
        std::unique_ptr<net::ssl::context> tls;
        if (!m_options.tlsCert.empty())
            tls = makeTlsContext(m_options);
        const auto descriptors = raiseDescriptorLimit();
        const auto cap = ConnectionRegistry::connectionCapFor(descriptors);
        ConnectionRegistry::Limits connectionLimits{
            m_options.maxConnections ? m_options.maxConnections : std::min<std::size_t>(20000, cap),
            m_options.maxBodyMemory};
        if (connectionLimits.maxConnections > cap)
            Logger::warning("--max-connections " + std::to_string(connectionLimits.maxConnections) +
                            " is more than the descriptor limit (" + std::to_string(descriptors) +
                            ") leaves room for (" + std::to_string(cap) + ")");
        IoPool sessions(m_options.threads);
        // Shared with every session: the pool's destructor may still end sessions after this scope's end.
        const auto registryOwner = std::make_shared<ConnectionRegistry>(sessions, connectionLimits);
        ConnectionRegistry& registry = *registryOwner;
        registry.startShedding();

        ApiSettings apiSettings;
        apiSettings.adminToken = *adminToken;
        apiSettings.metricsPublic = m_options.metricsPublic;
        apiSettings.maxModelBytes = m_options.maxModelBytes;
        apiSettings.serverMetrics = [&registry] { return registry.prometheus(); };
        ManagementApi api(ctx, std::move(apiSettings), storeThread.get_executor());

        SessionLimits limits;
        limits.idleTimeout = m_options.idleTimeout;
        auto listener = std::make_shared<Listener>(io, api, tls.get(), limits, sessions, registryOwner);
        boost::system::error_code ec;
        const auto address = net::ip::make_address(m_options.listenHost, ec);
        if (ec) {
            Logger::error("--listen: '" + m_options.listenHost + "' is not an IP address");
            return 1;
        }
        auto bound = listener->open({address, m_options.listenPort});
        if (!bound) {
            Logger::error(bound.error().message);
            return 1;
        }
        const std::string host = address.is_unspecified() ? "127.0.0.1"
                                 : address.is_v6()        ? "[" + address.to_string() + "]"
                                                          : address.to_string();
        ctx.cluster.baseUrl =
            std::string(tls ? "https" : "http") + "://" + host + ":" + std::to_string(bound->port());
        ctx.cluster.publicUrl = m_options.publicUrl.empty() ? ctx.cluster.baseUrl : m_options.publicUrl;
        *advertised =
            advertiseUrl(m_options, dpOptions.kubernetes.namespaceName, ctx.cluster.baseUrl, tls != nullptr);

        // Before the first request: the demo (on an empty data dir) and the data plane brought up to date.
        if (m_options.demo) {
            if (auto s = DemoSetup::run(ctx, api.endpoints(), api.versions()); !s)
                Logger::error("demo: " + s.error().message);
        }
        api.endpoints().reconcile();
        dataPlane->synced();

        // SIGTERM or SIGINT: a graceful stop. No new connections; idle ones close; requests in flight
        // finish (their answers say Connection: close) within --shutdown-grace; then the replicas stop.
        // A second signal stops at once.
        net::signal_set signals(io, SIGINT, SIGTERM);
        net::steady_timer drainTimer(io);
        const auto stopNow = [&] {
            signals.cancel();
            drainTimer.cancel();
            dataPlane->stop();
            sessions.stop();
            io.stop();
        };
        std::function<void()> waitForRequests;
        std::chrono::steady_clock::time_point graceEnds{};
        waitForRequests = [&] {
            if (registry.requestsInFlight() <= 0 || std::chrono::steady_clock::now() >= graceEnds) {
                if (registry.requestsInFlight() > 0)
                    Logger::warning(std::to_string(registry.requestsInFlight()) +
                                    " request(s) still in flight after --shutdown-grace; stopping anyway");
                return stopNow();
            }
            drainTimer.expires_after(std::chrono::milliseconds(20));
            drainTimer.async_wait([&](const boost::system::error_code& ec) {
                if (!ec)
                    waitForRequests();
            });
        };
        signals.async_wait([&](const boost::system::error_code& ec, int signal) {
            if (ec)
                return;
            Logger::info("signal " + std::to_string(signal) + ", stopping: " +
                         std::to_string(registry.requestsInFlight()) + " request(s) in flight, up to " +
                         std::to_string(m_options.shutdownGrace.count()) + " s to finish");
            listener->stop();
            registry.startDraining();
            events.wakeAll();
            graceEnds = std::chrono::steady_clock::now() + m_options.shutdownGrace;
            signals.async_wait([&](const boost::system::error_code& again, int) {
                if (!again) {
                    Logger::info("second signal, stopping now");
                    stopNow();
                }
            });
            waitForRequests();
        });
        listener->run();
        std::printf("listening on %s\n", ctx.cluster.baseUrl.c_str());
        std::fflush(stdout);
        Logger::info("listening on " + ctx.cluster.baseUrl + " (data in " + m_options.dataDir + ")");

        sessions.start();
        io.run();
        sessions.join();
        storeThread.join();
        Logger::info("stopped");
        return 0;
    } catch (const std::exception& e) {
        Logger::error(std::string("fatal: ") + e.what());
        return 1;
    }
}

} // namespace switchyard::server
