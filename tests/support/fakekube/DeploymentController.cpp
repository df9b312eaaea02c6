#include "DeploymentController.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "LabelSelector.h"

namespace fakekube {

using nlohmann::json;

namespace {

// Kubernetes' rand.SafeEncodeString alphabet: no vowels, no look-alike digits.
constexpr std::string_view kAlphabet = "bcdfghjklmnpqrstvwxz2456789";

bool isReady(const json& pod)
{
    for (const auto& condition : pod.value("/status/conditions"_json_pointer, json::array())) {
        if (condition.value("type", std::string()) == "Ready")
            return condition.value("status", std::string()) == "True";
    }
    return false;
}

bool isTerminating(const json& pod)
{
    return pod.contains("metadata") && pod["metadata"].contains("deletionTimestamp");
}

std::string randomSuffix(std::size_t length)
{
    static std::mt19937_64 random{std::random_device{}()};
    std::string out;
    for (std::size_t i = 0; i < length; ++i)
        out += kAlphabet[random() % kAlphabet.size()];
    return out;
}

int percentOf(const json& value, int total, bool roundUp)
{
    if (value.is_number_integer())
        return value.get<int>();
    if (value.is_string()) {
        std::string text = value.get<std::string>();
        if (!text.empty() && text.back() == '%')
            text.pop_back();
        const double share = std::atof(text.c_str()) * total / 100.0;
        return static_cast<int>(roundUp ? std::ceil(share) : std::floor(share));
    }
    return 0;
}

json condition(const std::string& type, bool value, const std::string& reason, const std::string& message)
{
    return {{"type", type}, {"status", value ? "True" : "False"}, {"reason", reason}, {"message", message}};
}

} // namespace

DeploymentController::DeploymentController(ObjectStore& store, Kubelet& kubelet, QObject* parent)
    : QObject(parent), m_store(store), m_kubelet(kubelet)
{
    m_pass.setSingleShot(true);
    m_pass.setInterval(0);
    connect(&m_pass, &QTimer::timeout, this, &DeploymentController::reconcileAll);
    connect(&m_store, &ObjectStore::changed, this, &DeploymentController::onChanged);
}

void DeploymentController::applyDefaults(json& deployment)
{
    auto& spec = deployment["spec"];
    if (!spec.contains("replicas"))
        spec["replicas"] = 1;
    if (!spec.contains("strategy"))
        spec["strategy"] = {{"type", "RollingUpdate"},
                            {"rollingUpdate", {{"maxUnavailable", "25%"}, {"maxSurge", "25%"}}}};
    if (!spec.contains("revisionHistoryLimit"))
        spec["revisionHistoryLimit"] = 10;
    if (!spec.contains("progressDeadlineSeconds"))
        spec["progressDeadlineSeconds"] = 600;
    auto& podSpec = spec["template"]["spec"];
    if (!podSpec.contains("restartPolicy"))
        podSpec["restartPolicy"] = "Always";
    if (!podSpec.contains("terminationGracePeriodSeconds"))
        podSpec["terminationGracePeriodSeconds"] = 30;
    if (!podSpec.contains("dnsPolicy"))
        podSpec["dnsPolicy"] = "ClusterFirst";
    if (!podSpec.contains("schedulerName"))
        podSpec["schedulerName"] = "default-scheduler";
    if (!podSpec.contains("securityContext"))
        podSpec["securityContext"] = json::object();
    if (podSpec.contains("containers") && podSpec["containers"].is_array()) {
        for (auto& container : podSpec["containers"]) {
            if (!container.contains("imagePullPolicy"))
                container["imagePullPolicy"] = "IfNotPresent";
            if (!container.contains("terminationMessagePath"))
                container["terminationMessagePath"] = "/dev/termination-log";
            if (!container.contains("terminationMessagePolicy"))
                container["terminationMessagePolicy"] = "File";
            for (const char* probe : {"readinessProbe", "livenessProbe"}) {
                if (!container.contains(probe))
                    continue;
                auto& p = container[probe];
                for (const auto& [field, value] : {std::pair<const char*, int>{"timeoutSeconds", 1},
                                                   {"periodSeconds", 10},
                                                   {"successThreshold", 1},
                                                   {"failureThreshold", 3}}) {
                    if (!p.contains(field))
                        p[field] = value;
                }
            }
        }
    }
    if (!deployment["metadata"].contains("generation"))
        deployment["metadata"]["generation"] = 1;
}

std::string DeploymentController::templateHash(const json& podTemplate)
{
    std::uint64_t hash = 1469598103934665603ULL; // FNV-1a
    for (const unsigned char c : podTemplate.dump()) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    std::string out;
    for (int i = 0; i < 10; ++i) {
        out += kAlphabet[hash % kAlphabet.size()];
        hash /= kAlphabet.size();
    }
    return out;
}

void DeploymentController::onChanged(const WatchEvent& event)
{
    if (event.resource == "pods" || event.resource == "deployments")
        m_pass.start();
}

void DeploymentController::reconcileAll()
{
    for (const auto& deployment : m_store.list("deployments", {}))
        reconcile(deployment);
}

std::vector<json> DeploymentController::ownedPods(const json& deployment) const
{
    std::vector<json> out;
    const std::string name = ObjectStore::name(deployment);
    const json matchLabels = deployment.value("/spec/selector/matchLabels"_json_pointer, json::object());
    for (const auto& pod : m_store.list("pods", ObjectStore::namespaceOf(deployment))) {
        if (!LabelSelector::matchLabels(matchLabels,
                                        pod.value("/metadata/labels"_json_pointer, json::object())))
            continue;
        const std::string owner = pod.value("/metadata/ownerReferences/0/name"_json_pointer, std::string());
        if (owner.rfind(name + "-", 0) == 0)
            out.push_back(pod);
    }
    return out;
}

void DeploymentController::createPod(const json& deployment, const std::string& hash)
{
    const json& podTemplate = deployment["spec"]["template"];
    const std::string replicaSet = ObjectStore::name(deployment) + "-" + hash;
    json metadata = podTemplate.value("metadata", json::object());
    metadata["labels"]["pod-template-hash"] = hash;
    metadata["name"] = replicaSet + "-" + randomSuffix(5);
    metadata["generateName"] = replicaSet + "-";
    metadata["namespace"] = ObjectStore::namespaceOf(deployment);
    metadata["ownerReferences"] =
        json::array({{{"apiVersion", "apps/v1"},
                      {"kind", "ReplicaSet"},
                      {"name", replicaSet},
                      {"uid", deployment["metadata"].value("uid", std::string()) + "-" + hash},
                      {"controller", true},
                      {"blockOwnerDeletion", true}}});
    json spec = podTemplate.value("spec", json::object());
    if (!spec.contains("serviceAccountName"))
        spec["serviceAccountName"] = "default";
    m_kubelet.createPod({{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", metadata}, {"spec", spec}});
}

void DeploymentController::reconcile(const json& deployment)
{
    const std::string ns = ObjectStore::namespaceOf(deployment);
    const json& spec = deployment["spec"];
    const std::string hash = templateHash(spec["template"]);
    const int desired = std::max(0, spec.value("replicas", 1));
    const json rolling = spec.value("/strategy/rollingUpdate"_json_pointer, json::object());
    const int maxSurge =
        std::max(desired > 0 ? 1 : 0, percentOf(rolling.value("maxSurge", json("25%")), desired, true));

    std::vector<json> current;
    std::vector<json> old;
    for (auto& pod : ownedPods(deployment)) {
        if (isTerminating(pod))
            continue;
        const bool isCurrent =
            pod.value("/metadata/labels/pod-template-hash"_json_pointer, std::string()) == hash;
        (isCurrent ? current : old).push_back(std::move(pod));
    }
    const auto readyCount = [](const std::vector<json>& pods) {
        return static_cast<int>(std::count_if(pods.begin(), pods.end(), isReady));
    };
    // Which to delete first: not ready, then the newest.
    const auto byDeletionPreference = [this, &ns](const json& a, const json& b) {
        if (isReady(a) != isReady(b))
            return !isReady(a);
        return m_kubelet.creationOrder(ns, ObjectStore::name(a)) >
               m_kubelet.creationOrder(ns, ObjectStore::name(b));
    };

    // Old pods: not-ready ones serve nobody and go now; ready ones go as new pods become Ready.
    std::sort(old.begin(), old.end(), byDeletionPreference);
    const int keepOld = std::max(0, desired - readyCount(current));
    int oldLeft = static_cast<int>(old.size());
    for (const auto& pod : old) {
        if (isReady(pod) && oldLeft <= keepOld)
            break;
        m_kubelet.deletePod(ns, ObjectStore::name(pod));
        --oldLeft;
    }

    const int currentCount = static_cast<int>(current.size());
    if (currentCount < desired) {
        const int room = oldLeft == 0 ? desired - currentCount : desired + maxSurge - currentCount - oldLeft;
        for (int i = 0; i < std::min(room, desired - currentCount); ++i)
            createPod(deployment, hash);
    } else if (currentCount > desired) {
        std::sort(current.begin(), current.end(), byDeletionPreference);
        for (int i = 0; i < currentCount - desired; ++i)
            m_kubelet.deletePod(ns, ObjectStore::name(current[static_cast<std::size_t>(i)]));
    }
    updateStatus(deployment, ownedPods(deployment), hash);
}

void DeploymentController::updateStatus(const json& deployment, const std::vector<json>& pods,
                                        const std::string& hash)
{
    int replicas = 0, updated = 0, ready = 0;
    for (const auto& pod : pods) {
        if (isTerminating(pod))
            continue;
        ++replicas;
        if (pod.value("/metadata/labels/pod-template-hash"_json_pointer, std::string()) == hash)
            ++updated;
        if (isReady(pod))
            ++ready;
    }
    const json& spec = deployment["spec"];
    const int desired = spec.value("replicas", 1);
    const json rolling = spec.value("/strategy/rollingUpdate"_json_pointer, json::object());
    const int maxUnavailable = percentOf(rolling.value("maxUnavailable", json("25%")), desired, false);
    const bool available = ready >= desired - maxUnavailable;
    const bool complete = updated == desired && replicas == desired && ready == desired;
    const std::string name = ObjectStore::name(deployment);
    json status{{"observedGeneration", deployment["metadata"].value("generation", 1)},
                {"replicas", replicas},
                {"updatedReplicas", updated},
                {"readyReplicas", ready},
                {"availableReplicas", ready}};
    if (replicas - ready > 0)
        status["unavailableReplicas"] = replicas - ready;
    status["conditions"] =
        json::array({condition("Available", available,
                               available ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                               available ? "Deployment has minimum availability."
                                         : "Deployment does not have minimum availability."),
                     condition("Progressing", true, complete ? "NewReplicaSetAvailable" : "ReplicaSetUpdated",
                               "ReplicaSet \"" + name + "-" + hash + "\" " +
                                   (complete ? "has successfully progressed." : "is progressing."))});
    // Kubernetes omits zero counts; so does the fake, so clients must read them as optional.
    for (const char* field : {"replicas", "updatedReplicas", "readyReplicas", "availableReplicas"}) {
        if (status[field] == 0)
            status.erase(field);
    }
    const json previous = deployment.value("status", json::object());
    json stripped = previous;
    // Times are left out of the comparison, so an unchanged status is not written again.
    if (stripped.contains("conditions"))
        for (auto& c : stripped["conditions"])
            c.erase("lastUpdateTime"), c.erase("lastTransitionTime");
    if (stripped == status)
        return;
    const std::string now = ObjectStore::now();
    for (auto& c : status["conditions"]) {
        c["lastUpdateTime"] = now;
        c["lastTransitionTime"] = now;
        for (const auto& p : previous.value("conditions", json::array())) {
            if (p.value("type", "") == c["type"] && p.value("status", "") == c["status"])
                c["lastTransitionTime"] = p.value("lastTransitionTime", now);
        }
    }
    json updatedDeployment = deployment;
    updatedDeployment["status"] = status;
    m_store.update("deployments", std::move(updatedDeployment));
}

void DeploymentController::deleteOwnedPods(const json& deployment)
{
    for (const auto& pod : ownedPods(deployment))
        m_kubelet.deletePod(ObjectStore::namespaceOf(pod), ObjectStore::name(pod));
}

} // namespace fakekube
