#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "Result.h"

namespace switchyard::server {

// The command line of switchyard-server.
struct Options
{
    std::string listenHost = "127.0.0.1";
    std::uint16_t listenPort = 8480;
    std::string dataDir = ".";
    std::string clusterName = "local";
    std::string purpose = "FastProd"; // DevTest | FastProd
    double cpuCores = 0;              // 0: this machine's
    double memoryGb = 0;              // 0: this machine's
    std::string adminTokenFile;       // empty: <data-dir>/admin-token
    std::uint64_t maxModelBytes = 256ull * 1024 * 1024;
    std::chrono::seconds scaleDownDelay{60};
    std::chrono::seconds idleTimeout{60};   // a connection's wait for the next request's header
    std::chrono::seconds shutdownGrace{30}; // SIGTERM: how long requests in flight may take to finish
    std::size_t maxConnections = 0;         // 0: from the descriptor limit (ConnectionRegistry)
    std::uint64_t maxBodyMemory = 1024ull * 1024 * 1024;
    std::chrono::seconds tokenLifetime{3600};
    std::string logFormat = "text"; // text | json
    bool metricsPublic = false;
    bool demo = false;
    std::string tlsCert;
    std::string tlsKey;
    std::string replicaBinary;     // empty: next to this executable
    std::string backend = "local"; // local | kubernetes
    std::string kubeNamespace;     // empty: the pod's own, else the kubeconfig context's, else default
    std::string kubeconfig;        // empty: in-cluster, else $KUBECONFIG, else ~/.kube/config
    std::string kubeContext;       // empty: the kubeconfig's current context
    std::string replicaImage = "ghcr.io/switchyard/switchyard:" SWITCHYARD_VERSION; // the server's own
    std::string publicUrl;    // empty: this server's URL; else what scoring_uri starts with
    std::string advertiseUrl; // empty: the in-cluster Service's name in a cluster, else this server's URL
    int threads = 0;          // 0: one per core

    enum class Action
    {
        Run,
        Help,
        Version,
        PrintRoutes
    };
    Action action = Action::Run;

    // argv[0] is skipped. Errors are one sentence for stderr.
    static Result<Options> parse(int argc, char** argv);
    static std::string usage();
    // Threads, and on the local backend the capacity, from this machine where not given.
    void applyMachineDefaults();
};

} // namespace switchyard::server
