#include "KubernetesBackend.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "BackgroundWriter.h"
#include "KubeApiClient.h"
#include "KubeInformer.h"
#include "KubernetesNames.h"
#include "Logger.h"
#include "LogBuffer.h"
#include "PodLogMerge.h"

namespace switchyard::server {

namespace {
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
using nlohmann::json;

constexpr auto kFullPassEvery = 10s;
constexpr auto kCredentialRefresh =
    20min; // the credential lives an hour: pods started late still get a live one
constexpr auto kFirstRetry = 500ms;
constexpr auto kMaxRetry = 15s;
constexpr auto kLogTimeout = 2s;
constexpr auto kLogBudget = 4s;
constexpr const char* kModelRoute = "/api/v1/replica/model";

std::string secretNameFor(const std::string& deploymentName)
{
    return deploymentName + "-model";
}
} // namespace

KubernetesBackend::KubernetesBackend(std::shared_ptr<KubeApiClient> client,
                                     KubernetesBackendSettings settings,
                                     std::shared_ptr<BackgroundWriter> writer)
    : m_client(std::move(client)), m_settings(std::move(settings)), m_writer(std::move(writer)),
      m_deployments(m_client, m_settings.namespaceName),
      m_pods(DeploymentManifest::kContainerPort,
             [this](const std::string& group, const std::vector<ObservedReplica>& replicas) {
                 onPods(group, replicas);
             })
{}

KubernetesBackend::~KubernetesBackend()
{
    stopAll();
}

std::string KubernetesBackend::labelSelector() const
{
    return std::string(KubernetesNames::kManagedByKey) + "=" + KubernetesNames::kManagedByValue + "," +
           KubernetesNames::kClusterKey + "=" + KubernetesNames::labelValue(m_settings.clusterName);
}

void KubernetesBackend::start()
{
    KubeInformer::Callbacks callbacks;
    callbacks.onReplace = [this](const std::vector<json>& pods) { m_pods.replace(pods); };
    callbacks.onEvent = [this](const std::string& type, const json& pod) { m_pods.event(type, pod); };
    callbacks.onHealth = [this](bool ok, const std::string& message) {
        std::lock_guard lock(m_mutex);
        if (ok != m_watchHealthy)
            Logger::info(ok ? "kubernetes: the pod watch is back"
                            : "kubernetes: the pod watch failed: " + message);
        m_watchHealthy = ok;
        m_watchMessage = message;
    };
    m_podWatch = std::make_unique<KubeInformer>(*m_client,
                                                "/api/v1/namespaces/" + m_settings.namespaceName +
                                                    "/pods?labelSelector=" + labelSelector(),
                                                std::move(callbacks));
    m_podWatch->start();
    m_worker = std::thread([this] { run(); });
}

std::string KubernetesBackend::modelSha256(const std::string& modelPath) const
{
    // Model files are stored under their sha256.
    return std::filesystem::path(modelPath).filename().string();
}

void KubernetesBackend::deploy(const ReplicaSetLaunch& launch)
{
    const std::string group = launch.endpoint + "/" + launch.spec.versionName;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        auto& wanted = m_wanted[group];
        wanted.endpoint = launch.endpoint;
        wanted.version = launch.spec.versionName;
        wanted.modelPath = launch.modelPath;
        wanted.desired = launch.desired;
        wanted.removed = false;
        wanted.observer = launch.observer;
        auto& inputs = wanted.inputs;
        inputs.cluster = m_settings.clusterName;
        inputs.endpoint = launch.endpoint;
        inputs.namespaceName = m_settings.namespaceName;
        inputs.spec = launch.spec;
        inputs.replicaImage = m_settings.replicaImage;
        inputs.commandImage = launch.spec.inferenceConfig.image;
        const std::string deployment =
            KubernetesNames::deploymentName(launch.endpoint, launch.spec.versionName);
        inputs.modelSecretName = secretNameFor(deployment);
        inputs.modelSha256 = modelSha256(launch.modelPath);
        inputs.modelUrl = (m_settings.advertiseUrl ? m_settings.advertiseUrl() : std::string()) + kModelRoute;
        wanted.dirty = true;
        wanted.retryAt = {};
        wanted.failures = 0;
    }
    m_wake.notify_all();
    // Pods already running (a restarted server adopting its Deployments) serve at once.
    onPods(group, m_pods.replicas(group));
}

void KubernetesBackend::scale(const std::string& group, int desired)
{
    {
        std::lock_guard lock(m_mutex);
        auto it = m_wanted.find(group);
        if (it == m_wanted.end() || it->second.removed || it->second.desired == desired)
            return;
        it->second.desired = desired;
        it->second.dirty = true;
        it->second.retryAt = {};
    }
    m_wake.notify_all();
}

void KubernetesBackend::undeploy(const std::string& group)
{
    {
        std::lock_guard lock(m_mutex);
        auto it = m_wanted.find(group);
        if (it == m_wanted.end())
            return;
        it->second.removed = true;
        it->second.dirty = true;
        it->second.retryAt = {};
    }
    m_wake.notify_all();
}

void KubernetesBackend::synced()
{
    {
        std::lock_guard lock(m_mutex);
        m_synced = true;
        m_nextFullPass = {};
    }
    m_wake.notify_all();
}

BackendStatus KubernetesBackend::backendStatus() const
{
    std::lock_guard lock(m_mutex);
    BackendStatus status;
    status.backend = "kubernetes";
    status.namespaceName = m_settings.namespaceName;
    status.degraded = !m_apiReachable || !m_watchHealthy;
    status.message = !m_apiReachable ? m_apiMessage : !m_watchHealthy ? m_watchMessage : std::string();
    return status;
}

void KubernetesBackend::setApiHealth(bool reachable, const std::string& message)
{
    std::lock_guard lock(m_mutex);
    if (reachable != m_apiReachable)
        Logger::info(reachable ? "kubernetes: the API server answers again"
                               : "kubernetes: " + message + " Routing goes on to the pods known.");
    m_apiReachable = reachable;
    m_apiMessage = reachable ? std::string() : message;
}

void KubernetesBackend::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const auto now = Clock::now();
        std::vector<std::string> due;
        auto wake = m_synced ? m_nextFullPass : now + 1h;
        for (const auto& [group, wanted] : m_wanted) {
            if (!wanted.dirty)
                continue;
            if (wanted.retryAt <= now)
                due.push_back(group);
            else
                wake = std::min(wake, wanted.retryAt);
        }
        const bool fullPassDue = m_synced && now >= m_nextFullPass;
        if (due.empty() && !fullPassDue) {
            m_wake.wait_until(lock, wake);
            continue;
        }
        lock.unlock();
        for (const auto& group : due)
            syncOne(group);
        if (fullPassDue)
            fullPass();
        lock.lock();
        if (fullPassDue)
            m_nextFullPass = Clock::now() + kFullPassEvery;
    }
}

void KubernetesBackend::syncOne(const std::string& group)
{
    Wanted wanted;
    bool issueCredential = false;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_wanted.find(group);
        if (it == m_wanted.end() || !it->second.dirty)
            return;
        it->second.dirty = false;
        wanted = it->second;
        issueCredential = !wanted.removed && (wanted.credentialIssued == Clock::time_point{} ||
                                              Clock::now() - wanted.credentialIssued >= kCredentialRefresh);
    }
    const std::string deployment = KubernetesNames::deploymentName(wanted.endpoint, wanted.version);
    DeploymentWriter::Outcome outcome;
    if (wanted.removed) {
        outcome = m_deployments.remove(deployment, wanted.inputs.modelSecretName);
    } else {
        auto manifest = DeploymentManifest::deployment(wanted.inputs);
        if (!manifest) {
            outcome = {false, false, manifest.error().message, {}};
        } else {
            if (issueCredential && m_settings.issueModelCredential) {
                const auto credential = m_settings.issueModelCredential(wanted.endpoint, wanted.version,
                                                                        wanted.inputs.modelSha256);
                outcome =
                    m_deployments.writeSecret(wanted.inputs.modelSecretName,
                                              DeploymentManifest::modelSecret(wanted.inputs.modelSecretName,
                                                                              wanted.inputs, credential));
            }
            if (outcome.ok)
                outcome = m_deployments.writeDeployment(*manifest, wanted.desired);
        }
    }
    setApiHealth(!outcome.unreachable, outcome.message);
    if (!outcome.action.empty())
        log(group, "kubernetes", "Deployment " + deployment + " " + outcome.action);
    std::shared_ptr<ReplicaSetObserver> observer;
    std::string problem;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_wanted.find(group);
        if (it == m_wanted.end())
            return;
        auto& current = it->second;
        if (outcome.ok) {
            current.failures = 0;
            if (issueCredential)
                current.credentialIssued = Clock::now();
            if (wanted.removed && current.removed) {
                m_wanted.erase(it);
                return;
            }
        } else {
            // Try again with back-off; a change made meanwhile is tried at once.
            ++current.failures;
            if (!current.dirty) {
                current.dirty = true;
                current.retryAt =
                    Clock::now() + std::min<Clock::duration>(
                                       kFirstRetry * (1 << std::min(current.failures - 1, 5)), kMaxRetry);
            }
        }
        // A refusal is the version's problem; an unreachable API server is the cluster's (backendStatus).
        const std::string next = outcome.ok || outcome.unreachable ? std::string() : outcome.message;
        if (next != current.problem) {
            current.problem = next;
            observer = current.observer.lock();
            problem = next;
        }
    }
    if (!outcome.ok && !outcome.unreachable)
        log(group, "kubernetes", outcome.message);
    if (observer)
        observer->onDeployProblem(problem);
}

void KubernetesBackend::fullPass()
{
    DeploymentWriter::Outcome outcome;
    auto listed = m_deployments.list(labelSelector(), outcome);
    if (!listed) {
        setApiHealth(!outcome.unreachable, outcome.unreachable ? outcome.message : std::string());
        if (!outcome.unreachable)
            Logger::throttled(Logger::Level::Warning, "kubernetes-list", outcome.message);
        return;
    }
    setApiHealth(true, {});
    std::vector<std::pair<std::string, std::string>> orphans; // deployment, secret
    {
        std::lock_guard lock(m_mutex);
        std::set<std::string> seen;
        for (const auto& item : *listed) {
            const auto& annotations =
                item.value("metadata", json::object()).value("annotations", json::object());
            const std::string name = item.value("metadata", json::object()).value("name", "");
            const std::string group = annotations.value(KubernetesNames::kEndpointNameAnnotation, "") + "/" +
                                      annotations.value(KubernetesNames::kVersionNameAnnotation, "");
            seen.insert(group);
            auto it = m_wanted.find(group);
            if (it == m_wanted.end()) {
                if (!name.empty())
                    orphans.emplace_back(name, secretNameFor(name));
                continue;
            }
            auto& wanted = it->second;
            const auto hash = DeploymentManifest::specHash(wanted.inputs);
            const int replicas = item.value("spec", json::object()).value("replicas", -1);
            if (!hash || annotations.value(DeploymentManifest::kSpecHashAnnotation, "") != *hash ||
                replicas != wanted.desired || Clock::now() - wanted.credentialIssued >= kCredentialRefresh)
                wanted.dirty = true;
        }
        for (auto& [group, wanted] : m_wanted)
            if (!seen.count(group) && !wanted.removed)
                wanted.dirty = true;
    }
    for (const auto& [deployment, secret] : orphans) {
        auto removed = m_deployments.remove(deployment, secret);
        Logger::info(
            "kubernetes: Deployment " + deployment +
            (removed.ok ? " belongs to no version in the store; deleted it" : ": " + removed.message));
    }
}

void KubernetesBackend::onPods(const std::string& group, const std::vector<ObservedReplica>& replicas)
{
    std::shared_ptr<ReplicaSetObserver> observer;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_wanted.find(group);
        if (it == m_wanted.end())
            return;
        observer = it->second.observer.lock();
    }
    if (observer)
        observer->onReplicas(replicas);
}

Result<ReplicaInfo> KubernetesBackend::start(const ReplicaLaunch&)
{
    return Error::badRequest("Unsupported", "On Kubernetes, replicas are started by their Deployment.");
}

void KubernetesBackend::stop(const std::string&) {}

std::vector<ReplicaInfo> KubernetesBackend::list(const std::string& group) const
{
    std::vector<ReplicaInfo> out;
    for (const auto& replica : m_pods.replicas(group))
        out.push_back({replica.id, group, replica.host, replica.port, 0});
    return out;
}

std::shared_ptr<LogBuffer> KubernetesBackend::logBuffer(const std::string& group) const
{
    std::lock_guard lock(m_mutex);
    auto& buffer = m_logs[group];
    if (!buffer) {
        const std::string path =
            m_settings.dataDir.empty() ? std::string() : m_settings.dataDir + "/logs/" + group + ".log";
        buffer = std::make_shared<LogBuffer>(path, m_writer);
    }
    return buffer;
}

void KubernetesBackend::log(const std::string& group, const std::string& source, const std::string& line)
{
    logBuffer(group)->append(source, line);
}

std::string KubernetesBackend::logs(const std::string& group, int tail) const
{
    PodLogMerge merge(tail);
    merge.addStamped(logBuffer(group)->tail(tail));
    bool reachable;
    {
        std::lock_guard lock(m_mutex);
        reachable = m_apiReachable;
    }
    // The caller waits (the management thread): all pods together get kLogBudget.
    const auto deadline = Clock::now() + kLogBudget;
    for (const auto& pod : m_pods.podNames(group)) {
        if (!reachable) {
            merge.note(pod, "(its log is not available: the Kubernetes API server does not answer)");
            continue;
        }
        if (Clock::now() >= deadline) {
            merge.note(pod, "(its log was not fetched: the API server was too slow for the others)");
            continue;
        }
        auto response = m_client->request(
            "GET",
            "/api/v1/namespaces/" + m_settings.namespaceName + "/pods/" + pod +
                "/log?timestamps=true&tailLines=" + std::to_string(std::max(tail, 0)),
            nullptr, "application/json",
            std::min<std::chrono::milliseconds>(
                kLogTimeout,
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now() + 1ms)));
        if (response.status == 200)
            merge.addPod(pod, response.body);
        else
            merge.note(pod, "(its log is not available: " +
                                (response.status == 0 ? response.error : response.message()) + ")");
    }
    return merge.text();
}

void KubernetesBackend::stopAll()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_podWatch)
        m_podWatch->stop();
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace switchyard::server
