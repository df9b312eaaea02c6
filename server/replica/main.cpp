// switchyard-replica: serves one switchyard.linear/v1 model file on 127.0.0.1.
//   switchyard-replica [--model PATH] [--port N]   (defaults from MODEL_PATH and PORT)

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include "LinearModel.h"
#include "ReplicaServer.h"

namespace {

std::string envOr(const char* name, std::string fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? std::string(value) : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace switchyard;
    // A replica has no life of its own: when the process that started it dies, even by kill -9 and
    // before it could stop its replicas, the kernel sends this one SIGTERM instead of leaving an orphan.
    const pid_t parent = getppid();
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != parent)
        return 1; // the parent was already gone
    std::string modelPath = envOr("MODEL_PATH", "");
    std::string portText = envOr("PORT", "0");
    // A pod's own address (Kubernetes' downward API); without it, loopback as before.
    const std::string host = envOr("SWITCHYARD_LISTEN_HOST", "127.0.0.1");
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--model" || arg == "--port") && i + 1 < argc) {
            (arg == "--model" ? modelPath : portText) = argv[++i];
        } else if (arg == "--help" || arg == "-h") {
            std::cout << "usage: switchyard-replica [--model PATH] [--port N]\n"
                         "Serves a switchyard.linear/v1 model on 127.0.0.1 (GET /health, POST /score).\n"
                         "MODEL_PATH and PORT in the environment are the defaults.\n";
            return 0;
        } else {
            std::cerr << "switchyard-replica: unknown argument " << arg << "\n";
            return 2;
        }
    }
    if (modelPath.empty()) {
        std::cerr << "switchyard-replica: no model; set MODEL_PATH or pass --model\n";
        return 2;
    }
    char* end = nullptr;
    const long port = std::strtol(portText.c_str(), &end, 10);
    if (end == portText.c_str() || *end != '\0' || port < 0 || port > 65535) {
        std::cerr << "switchyard-replica: bad port " << portText << "\n";
        return 2;
    }

    std::ifstream file(modelPath, std::ios::binary);
    if (!file) {
        std::cerr << "switchyard-replica: cannot read " << modelPath << "\n";
        return 1;
    }
    std::ostringstream text;
    text << file.rdbuf();
    auto model = replica::LinearModel::fromJson(text.str());
    if (!model) {
        std::cerr << "switchyard-replica: " << model.error().message << "\n";
        return 1;
    }

    try {
        boost::asio::io_context io(1);
        replica::ReplicaServer server(io,
                                      std::make_shared<const replica::LinearModel>(std::move(model).value()));
        const auto bound =
            server.listen({boost::asio::ip::make_address(host), static_cast<unsigned short>(port)});
        boost::asio::signal_set signals(io, SIGINT, SIGTERM);
        signals.async_wait([&io](const boost::system::error_code&, int) { io.stop(); });
        std::cout << "switchyard-replica: serving " << modelPath << " on " << host << ":" << bound
                  << std::endl;
        io.run();
        std::cout << "switchyard-replica: stopped" << std::endl;
    } catch (const std::exception& e) {
        std::cerr << "switchyard-replica: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
