#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "Result.h"

namespace switchyard::server {

// What to run for one replica. The backend picks the address and adds PORT to the environment.
struct ReplicaLaunch
{
    std::string group;     // "<endpoint>/<version>": whose log the output goes to
    std::string replicaId; // unique, used as the log prefix
    std::vector<std::string> argv;
    std::map<std::string, std::string> env;
    // Called once, from a data-plane thread, when the replica is gone for whatever reason.
    std::function<void(const std::string& description)> onExit;
};

struct ReplicaInfo
{
    std::string id;
    std::string group;
    std::string host = "127.0.0.1";
    unsigned short port = 0;
    int pid = 0; // 0 where the backend has no local process
};

// Where replicas run: local child processes today, a Kubernetes Deployment later. The supervisor
// (VersionRuntime) decides how many and which; the backend only starts, stops, lists and logs.
class ReplicaBackend
{
public:
    virtual ~ReplicaBackend() = default;

    virtual Result<ReplicaInfo> start(const ReplicaLaunch& launch) = 0;
    // Asks the replica to stop (graceful, then forced); onExit still follows.
    virtual void stop(const std::string& replicaId) = 0;
    virtual std::vector<ReplicaInfo> list(const std::string& group) const = 0;
    // The group's last `tail` lines (replicas' output and supervisor lines).
    virtual std::string logs(const std::string& group, int tail) const = 0;
    // A supervisor line (start, exit, restart, probe failure) in the group's log.
    virtual void log(const std::string& group, const std::string& source, const std::string& line) = 0;
    // Forcefully ends every replica and waits for them; after this, start() fails.
    virtual void stopAll() = 0;
};

} // namespace switchyard::server
