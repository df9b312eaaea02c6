// switchyard-replica: serves one switchyard.linear/v1 model file over HTTP.
//   switchyard-replica [--model PATH] [--port N]   (defaults from MODEL_PATH and PORT; see --help)

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include "LinearModel.h"
#include "ModelFetch.h"
#include "ReplicaServer.h"

namespace {

// Under Kubernetes' default terminationGracePeriodSeconds (30), so a draining replica leaves on its own
// before the kubelet's SIGKILL would cut its last answers.
constexpr auto kDrainLimit = std::chrono::seconds(25);

constexpr const char* kUsage =
    "usage: switchyard-replica [--model PATH] [--port N]\n"
    "Serves a switchyard.linear/v1 model over HTTP (GET /health, POST /score).\n"
    "\n"
    "Environment:\n"
    "  MODEL_PATH               the model file (--model wins)\n"
    "  SWITCHYARD_MODEL_URL     without a model file: GET the model from this URL at start\n"
    "                           (retried with back-off while the server is unreachable or 5xx)\n"
    "  SWITCHYARD_MODEL_TOKEN   the model credential, sent as 'Authorization: Bearer'\n"
    "  SWITCHYARD_SERVER_CA     a PEM file of CA certificates to verify an https server with\n"
    "                           (default: the system's; verification is always on)\n"
    "  SWITCHYARD_MODEL_SHA256  the hex SHA-256 the model must have; a mismatch exits 1\n"
    "  PORT                     the port to listen on, 0 for any free one (--port wins; default 0)\n"
    "  SWITCHYARD_LISTEN_HOST   the IPv4 or IPv6 address to listen on (default 0.0.0.0, every\n"
    "                           interface); in a pod, its IP through the downward API\n"
    "  SWITCHYARD_PARENT_WATCH  1: exit when the process that started this one dies (the local\n"
    "                           process backend sets it; a pod's parent is its container runtime)\n"
    "\n"
    "SIGTERM or SIGINT: stop accepting connections, answer the requests in flight (up to 25 s), exit 0.\n"
    "A second signal stops at once.\n";

std::string envOr(const char* name, std::string fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? std::string(value) : fallback;
}

bool isSha256Hex(const std::string& text)
{
    return text.size() == 64 && text.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace switchyard;
    namespace asio = boost::asio;
    // A local replica has no life of its own: when the server that started it dies, even by kill -9 and
    // before it could stop its replicas, the kernel sends this one SIGTERM instead of leaving an orphan.
    // Only when asked: in a container the parent is the runtime, and a parent that "is gone" at start
    // (re-parented to pid 1) says nothing there.
    if (envOr("SWITCHYARD_PARENT_WATCH", "") == "1") {
        const pid_t parent = getppid();
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            return 1; // the parent was already gone
    }
    std::string modelPath = envOr("MODEL_PATH", "");
    std::string portText = envOr("PORT", "0");
    const std::string hostText = envOr("SWITCHYARD_LISTEN_HOST", "0.0.0.0");
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--model" || arg == "--port") && i + 1 < argc) {
            (arg == "--model" ? modelPath : portText) = argv[++i];
        } else if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else {
            std::cerr << "switchyard-replica: unknown argument " << arg << "\n";
            return 2;
        }
    }
    const std::string modelUrl = envOr("SWITCHYARD_MODEL_URL", "");
    if (modelPath.empty() && modelUrl.empty()) {
        std::cerr
            << "switchyard-replica: no model; set MODEL_PATH, pass --model or set SWITCHYARD_MODEL_URL\n";
        return 2;
    }
    const std::string modelSha256 = envOr("SWITCHYARD_MODEL_SHA256", "");
    if (!modelSha256.empty() && !isSha256Hex(modelSha256)) {
        std::cerr << "switchyard-replica: SWITCHYARD_MODEL_SHA256 is not 64 hex digits\n";
        return 2;
    }
    char* end = nullptr;
    const long port = std::strtol(portText.c_str(), &end, 10);
    if (end == portText.c_str() || *end != '\0' || port < 0 || port > 65535) {
        std::cerr << "switchyard-replica: bad port " << portText << "\n";
        return 2;
    }
    boost::system::error_code addressError;
    const auto host = asio::ip::make_address(hostText, addressError);
    if (addressError) {
        std::cerr << "switchyard-replica: SWITCHYARD_LISTEN_HOST '" << hostText
                  << "' is not an IPv4 or IPv6 address\n";
        return 2;
    }

    std::string modelBytes;
    std::string modelSource = modelPath;
    if (!modelPath.empty()) {
        std::ifstream file(modelPath, std::ios::binary);
        if (!file) {
            std::cerr << "switchyard-replica: cannot read " << modelPath << "\n";
            return 1;
        }
        std::ostringstream text;
        text << file.rdbuf();
        modelBytes = text.str();
        if (auto digest = replica::ModelFetch::checkSha256(modelBytes, modelSha256); !digest) {
            std::cerr << "switchyard-replica: " << modelPath << ": " << digest.error().message << "\n";
            return 1;
        }
    } else {
        replica::ModelFetchSettings fetch;
        fetch.url = modelUrl;
        fetch.token = envOr("SWITCHYARD_MODEL_TOKEN", "");
        fetch.caFile = envOr("SWITCHYARD_SERVER_CA", "");
        fetch.sha256 = modelSha256;
        std::cout << "switchyard-replica: fetching the model from " << modelUrl << std::endl;
        auto fetched = replica::ModelFetch::fetch(fetch, std::cout);
        if (!fetched) {
            std::cerr << "switchyard-replica: " << fetched.error().message << "\n";
            return 1;
        }
        modelBytes = std::move(fetched).value();
        modelSource = modelUrl;
    }
    auto model = replica::LinearModel::fromJson(modelBytes);
    if (!model) {
        std::cerr << "switchyard-replica: " << model.error().message << "\n";
        return 1;
    }

    try {
        asio::io_context io(1);
        replica::ReplicaServer server(io,
                                      std::make_shared<const replica::LinearModel>(std::move(model).value()));
        const auto bound = server.listen({host, static_cast<unsigned short>(port)});
        asio::signal_set signals(io, SIGINT, SIGTERM);
        asio::steady_timer drainTimer(io);
        std::chrono::steady_clock::time_point drainEnds{};
        const auto stopNow = [&] {
            signals.cancel();
            drainTimer.cancel();
            io.stop();
        };
        std::function<void()> waitForRequests = [&] {
            if (server.inFlight() <= 0 || std::chrono::steady_clock::now() >= drainEnds) {
                if (server.inFlight() > 0)
                    std::cout << "switchyard-replica: " << server.inFlight()
                              << " request(s) still in flight after " << kDrainLimit.count()
                              << " s; stopping anyway" << std::endl;
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
            std::cout << "switchyard-replica: signal " << signal << ", draining " << server.inFlight()
                      << " request(s) in flight" << std::endl;
            server.drain();
            drainEnds = std::chrono::steady_clock::now() + kDrainLimit;
            signals.async_wait([&](const boost::system::error_code& again, int) {
                if (!again) {
                    std::cout << "switchyard-replica: second signal, stopping now" << std::endl;
                    stopNow();
                }
            });
            waitForRequests();
        });
        const std::string shownHost = host.is_v6() ? "[" + host.to_string() + "]" : host.to_string();
        std::cout << "switchyard-replica: serving " << modelSource << " on " << shownHost << ":" << bound
                  << std::endl;
        io.run();
        std::cout << "switchyard-replica: stopped" << std::endl;
    } catch (const std::exception& e) {
        std::cerr << "switchyard-replica: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
