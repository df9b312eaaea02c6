#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "DeploymentWriter.h"
#include "PodTracker.h"
#include "ReplicaBackend.h"

namespace switchyard {
class KubeApiClient;
class KubeInformer;
} // namespace switchyard

namespace switchyard::server {

class BackgroundWriter;
class LogBuffer;

struct KubernetesBackendSettings
{
    std::string namespaceName;
    std::string clusterName;
    std::string replicaImage;
    std::string dataDir; // the supervisor's log files
    std::function<std::string()> advertiseUrl;
    std::function<std::string(const std::string& endpoint, const std::string& version,
                              const std::string& sha256)>
        issueModelCredential;
};

// Replicas as a Kubernetes Deployment per version. The versions say what to run and how many; one worker
// thread makes the namespace match (Secret, Deployment, scale; at start, after every change and every
// few seconds, so drift and orphans are mended), and one pod watch tells each version which of its pods
// are ready, terminating or stuck. Nothing here waits on the API server while holding a lock the router
// or a version takes, and the router keeps sending to the pods it knows while the API server is away.
class KubernetesBackend final : public ReplicaBackend, public std::enable_shared_from_this<KubernetesBackend>
{
public:
    KubernetesBackend(std::shared_ptr<KubeApiClient> client, KubernetesBackendSettings settings,
                      std::shared_ptr<BackgroundWriter> writer);
    ~KubernetesBackend() override;

    // Starts the pod watch and the worker.
    void start();

    bool runsReplicaSets() const override { return true; }
    void deploy(const ReplicaSetLaunch& launch) override;
    void scale(const std::string& group, int desired) override;
    void undeploy(const std::string& group) override;
    void synced() override;
    BackendStatus backendStatus() const override;

    Result<ReplicaInfo> start(const ReplicaLaunch& launch) override;
    void stop(const std::string& replicaId) override;
    std::vector<ReplicaInfo> list(const std::string& group) const override;
    std::string logs(const std::string& group, int tail) const override;
    void log(const std::string& group, const std::string& source, const std::string& line) override;
    void stopAll() override;

    // The label selector of every object this cluster manages in the namespace.
    std::string labelSelector() const;

private:
    struct Wanted
    {
        std::string endpoint;
        std::string version;
        DeploymentInputs inputs;
        std::string modelPath;
        int desired = 0;
        bool removed = false;
        std::weak_ptr<ReplicaSetObserver> observer;
        std::chrono::steady_clock::time_point credentialIssued{}; // epoch: none yet
        bool dirty = true;
        std::chrono::steady_clock::time_point retryAt{};
        int failures = 0;
        std::string problem; // the last refusal, reported to the version
    };

    void run();
    void syncOne(const std::string& group);
    void fullPass();
    void onPods(const std::string& group, const std::vector<ObservedReplica>& replicas);
    void setApiHealth(bool reachable, const std::string& message);
    std::shared_ptr<LogBuffer> logBuffer(const std::string& group) const;
    std::string modelSha256(const std::string& modelPath) const;

    std::shared_ptr<KubeApiClient> m_client;
    KubernetesBackendSettings m_settings;
    std::shared_ptr<BackgroundWriter> m_writer;
    DeploymentWriter m_deployments;
    PodTracker m_pods;
    std::unique_ptr<KubeInformer> m_podWatch;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<std::string, Wanted> m_wanted; // by group "<endpoint>/<version>"
    bool m_synced = false;
    bool m_stopping = false;
    std::chrono::steady_clock::time_point m_nextFullPass{};
    bool m_apiReachable = true;
    bool m_watchHealthy = true;
    std::string m_apiMessage;
    std::string m_watchMessage;
    mutable std::map<std::string, std::shared_ptr<LogBuffer>> m_logs;
    std::thread m_worker;
};

} // namespace switchyard::server
