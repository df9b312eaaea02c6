#include "ServerApp.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

#include "AdminToken.h"
#include "Crypto.h"
#include "DataPlaneFactory.h"
#include "DemoSetup.h"
#include "Listener.h"
#include "Logger.h"
#include "ManagementApi.h"

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
    for (const auto& candidate :
         {self.parent_path() / "switchyard-replica", self.parent_path() / "replica" / "switchyard-replica"})
        if (std::filesystem::exists(candidate, ec))
            return candidate.string();
    return "switchyard-replica";
}

std::unique_ptr<net::ssl::context> makeTlsContext(const Options& options)
{
    auto ctx = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
    ctx->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                     net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                     net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
    ctx->use_certificate_chain_file(options.tlsCert);
    ctx->use_private_key_file(options.tlsKey, net::ssl::context::pem);
    return ctx;
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
        dpOptions.onEvent = [&store, &events, executor = storeThread.get_executor()](DataPlaneEvent e) {
            net::post(executor, [&store, &events, e = std::move(e)] {
                try {
                    Transaction tx(store.db());
                    events.append({0, {}, e.endpoint, e.version, e.kind, e.detail});
                    tx.commit();
                    events.committed();
                } catch (const std::exception& ex) {
                    Logger::error(std::string("cannot record a data-plane event: ") + ex.what());
                }
            });
        };
        auto dataPlane = makeDataPlane(io, std::move(dpOptions));

        ServiceContext ctx{store, *dataPlane, events, models, jwt, {}};
        ctx.cluster = {
            m_options.clusterName, m_options.purpose, {m_options.cpuCores, m_options.memoryGb}, {}};
        ManagementApi api(ctx, {*adminToken, m_options.metricsPublic, m_options.maxModelBytes},
                          storeThread.get_executor());

        std::unique_ptr<net::ssl::context> tls;
        if (!m_options.tlsCert.empty())
            tls = makeTlsContext(m_options);
        IoPool sessions(m_options.threads);
        SessionLimits limits;
        limits.idleTimeout = m_options.idleTimeout;
        auto listener = std::make_shared<Listener>(io, api, tls.get(), limits, sessions);
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

        // Before the first request: the demo (on an empty data dir) and the data plane brought up to date.
        if (m_options.demo) {
            if (auto s = DemoSetup::run(ctx, api.endpoints(), api.versions()); !s)
                Logger::error("demo: " + s.error().message);
        }
        api.endpoints().reconcile();

        net::signal_set signals(io, SIGINT, SIGTERM);
        signals.async_wait([&](const boost::system::error_code&, int signal) {
            Logger::info("signal " + std::to_string(signal) + ", stopping");
            listener->stop();
            events.wakeAll();
            dataPlane->stop();
            sessions.stop();
            io.stop();
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
