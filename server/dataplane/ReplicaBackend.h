#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <map>
#include <string>
#include <vector>

#include "DataPlane.h"
#include "Result.h"
#include "VersionSpec.h"

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

// One replica of a set the backend runs (a Kubernetes pod), as the backend last saw it.
struct ObservedReplica
{
    std::string id; // the pod's name
    std::string host;
    unsigned short port = 0;
    bool ready = false;       // passes its readiness probe: the router may send to it
    bool terminating = false; // on its way out: no new requests, those in flight finish
    // Why it is not running, when the backend knows ("ImagePullBackOff: …", "CrashLoopBackOff: …").
    std::string problem;
    int restarts = 0;                 // its containers' restartCount
    std::int64_t startedAtUnixMs = 0; // status.startTime; 0 when not known yet
};

// What a set-running backend tells a version about its replicas: the whole current list each time.
class ReplicaSetObserver
{
public:
    virtual ~ReplicaSetObserver() = default;
    // Called from a backend thread, never with a backend lock held.
    virtual void onReplicas(const std::vector<ObservedReplica>& replicas) = 0;
    // A sentence when the backend cannot make the version run (a refused manifest, a permission), else
    // empty.
    virtual void onDeployProblem(const std::string& problem) = 0;
};

// What a set-running backend runs for one version.
struct ReplicaSetLaunch
{
    std::string endpoint;
    VersionSpec spec;
    std::string modelPath; // <data-dir>/models/<sha256>
    int desired = 0;
    std::weak_ptr<ReplicaSetObserver> observer;
};

// Where replicas run. Two shapes:
//  - per replica (local child processes): the supervisor (VersionRuntime) decides how many and which,
//    probes them and replaces them; the backend only starts, stops, lists and logs.
//  - per set (a Kubernetes Deployment, runsReplicaSets()): the version says what to run and how many
//    (deploy, scale, undeploy); the backend's engine starts, probes and replaces the replicas and
//    reports them through the set's observer. The router keeps its own in-flight counts either way.
class ReplicaBackend
{
public:
    virtual ~ReplicaBackend() = default;

    virtual bool runsReplicaSets() const { return false; }
    // Per set: create or update the version's set (a changed spec rolls its replicas), at `desired`.
    virtual void deploy(const ReplicaSetLaunch& launch) { (void)launch; }
    virtual void scale(const std::string& group, int desired) { (void)group, (void)desired; }
    // Per set: the version is gone; its replicas finish what they hold and stop.
    virtual void undeploy(const std::string& group) { (void)group; }
    // Every endpoint the store knows has been applied: what else the backend finds is an orphan.
    virtual void synced() {}
    // Which engine, and whether it can reach it (GET /api/v1/cluster).
    virtual BackendStatus backendStatus() const { return {}; }

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
