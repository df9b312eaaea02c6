#include "DeploymentManifest.h"

#include <cmath>

#include "Base64.h"
#include "KubernetesNames.h"
#include "StableHash.h"

namespace switchyard {
namespace {

using nlohmann::json;
constexpr const char* kModelUrlKey = DeploymentManifest::kModelUrlKey;

json resourceList(double cores, double gigabytes)
{
    return {{"cpu", DeploymentManifest::cpuQuantity(cores)},
            {"memory", DeploymentManifest::memoryQuantity(gigabytes)}};
}

// The version's probe settings are its liveness probe's, as the service Switchyard follows has them:
// initial_delay_seconds (310 by default) is the time a replica gets to load its model before it may be
// restarted. Readiness is asked every second from the start, so a replica serves as soon as it can,
// as the local supervisor's readiness polling lets it.
json probe(const VersionSpec& spec, const std::string& path, bool liveness)
{
    return {{"httpGet", {{"path", path}, {"port", DeploymentManifest::kPortName}, {"scheme", "HTTP"}}},
            {"initialDelaySeconds", liveness ? spec.initialDelaySeconds : 0},
            {"periodSeconds", liveness ? spec.periodSeconds : 1},
            {"timeoutSeconds", spec.timeoutSeconds},
            // Kubernetes refuses any other success threshold on a liveness probe.
            {"successThreshold", liveness ? 1 : spec.successThreshold},
            {"failureThreshold", spec.failureThreshold}};
}

Result<json> container(const DeploymentInputs& inputs)
{
    const auto& config = inputs.spec.inferenceConfig;
    json env = json::array();
    env.push_back({{"name", DeploymentManifest::kListenHostEnv},
                   {"valueFrom", {{"fieldRef", {{"apiVersion", "v1"}, {"fieldPath", "status.podIP"}}}}}});
    env.push_back({{"name", DeploymentManifest::kPortEnv},
                   {"value", std::to_string(DeploymentManifest::kContainerPort)}});
    json result{{"name", DeploymentManifest::kContainerName},
                {"ports", json::array({{{"name", DeploymentManifest::kPortName},
                                        {"containerPort", DeploymentManifest::kContainerPort},
                                        {"protocol", "TCP"}}})}};
    std::string healthPath = "/health";
    if (config.runtime == InferenceConfig::Runtime::Builtin) {
        if (inputs.replicaImage.empty())
            return Error::badRequest("MissingImage",
                                     "The built-in runtime needs a replica image (--replica-image).",
                                     "replica_image");
        result["image"] = inputs.replicaImage;
        result["command"] = json::array({DeploymentManifest::kReplicaCommand});
    } else {
        if (inputs.commandImage.empty())
            return Error::badRequest(
                "MissingImage", "A 'command' runtime needs inference_config.image on the Kubernetes backend.",
                "inference_config.image");
        if (config.command.empty())
            return Error::badRequest(
                "MissingField",
                "A 'command' runtime needs inference_config.command: the program and its "
                "arguments.",
                "inference_config.command");
        result["image"] = inputs.commandImage;
        result["command"] = config.command;
        healthPath = config.healthPath;
        // The user's variables cannot override the two the pod template owns.
        for (const auto& [name, value] : config.env) {
            if (name != DeploymentManifest::kListenHostEnv && name != DeploymentManifest::kPortEnv)
                env.push_back({{"name", name}, {"value", value}});
        }
    }
    if (!inputs.modelUrl.empty()) {
        // The URL and the credential come from the Secret: a server that comes back at another address, or
        // a new credential, changes the Secret and not the pod template, so running pods are not rolled
        // and pods started later read what is current.
        const auto fromSecret = [&](const char* key) {
            return json{{"secretKeyRef", {{"name", inputs.modelSecretName}, {"key", key}}}};
        };
        env.push_back({{"name", DeploymentManifest::kModelUrlEnv}, {"valueFrom", fromSecret(kModelUrlKey)}});
        env.push_back({{"name", DeploymentManifest::kModelSha256Env}, {"value", inputs.modelSha256}});
        env.push_back({{"name", DeploymentManifest::kModelTokenEnv},
                       {"valueFrom", fromSecret(DeploymentManifest::kModelTokenKey)}});
    }
    result["env"] = env;
    json resources{{"requests", resourceList(inputs.spec.cpuCores, inputs.spec.memoryGb)}};
    json limits = json::object();
    if (inputs.cpuLimitCores)
        limits["cpu"] = DeploymentManifest::cpuQuantity(*inputs.cpuLimitCores);
    if (inputs.memoryLimitGb)
        limits["memory"] = DeploymentManifest::memoryQuantity(*inputs.memoryLimitGb);
    if (!limits.empty())
        resources["limits"] = limits;
    result["resources"] = resources;
    result["readinessProbe"] = probe(inputs.spec, healthPath, false);
    result["livenessProbe"] = probe(inputs.spec, healthPath, true);
    return result;
}

// The Deployment without its replica count and spec hash: what the hash is taken of.
Result<json> unhashedDeployment(const DeploymentInputs& inputs)
{
    const auto& version = inputs.spec.versionName;
    auto replica = container(inputs);
    if (!replica)
        return replica.error();
    const json labels = KubernetesNames::labels(inputs.cluster, inputs.endpoint, version);
    const json annotations = KubernetesNames::annotations(inputs.cluster, inputs.endpoint, version);
    json metadata{{"name", KubernetesNames::deploymentName(inputs.endpoint, version)},
                  {"labels", labels},
                  {"annotations", annotations}};
    if (!inputs.namespaceName.empty())
        metadata["namespace"] = inputs.namespaceName;
    json podTemplate{{"metadata", {{"labels", labels}, {"annotations", annotations}}},
                     {"spec", {{"containers", json::array({std::move(replica).value()})}}}};
    json spec{{"selector", {{"matchLabels", labels}}}, {"template", std::move(podTemplate)}};
    return json{{"apiVersion", "apps/v1"}, {"kind", "Deployment"}, {"metadata", metadata}, {"spec", spec}};
}

} // namespace

Result<nlohmann::json> DeploymentManifest::deployment(const DeploymentInputs& inputs)
{
    auto result = unhashedDeployment(inputs);
    if (!result)
        return result.error();
    json deployment = std::move(result).value();
    deployment["metadata"]["annotations"][kSpecHashAnnotation] = StableHash::hex(deployment.dump(), 16);
    deployment["spec"]["replicas"] = inputs.spec.minimumReplicas();
    return deployment;
}

Result<std::string> DeploymentManifest::specHash(const DeploymentInputs& inputs)
{
    auto result = deployment(inputs);
    if (!result)
        return result.error();
    return result->at("metadata").at("annotations").at(kSpecHashAnnotation).get<std::string>();
}

nlohmann::json DeploymentManifest::modelSecret(const std::string& name, const DeploymentInputs& inputs,
                                               const std::string& credential)
{
    const auto& version = inputs.spec.versionName;
    json metadata{{"name", name},
                  {"labels", KubernetesNames::labels(inputs.cluster, inputs.endpoint, version)},
                  {"annotations", KubernetesNames::annotations(inputs.cluster, inputs.endpoint, version)}};
    if (!inputs.namespaceName.empty())
        metadata["namespace"] = inputs.namespaceName;
    return {
        {"apiVersion", "v1"},
        {"kind", "Secret"},
        {"metadata", metadata},
        {"type", "Opaque"},
        {"data",
         {{kModelTokenKey, Base64::encode(credential)}, {kModelUrlKey, Base64::encode(inputs.modelUrl)}}}};
}

nlohmann::json DeploymentManifest::scale(const std::string& name, const std::string& namespaceName,
                                         int replicas, const std::string& resourceVersion)
{
    json metadata{{"name", name}};
    if (!namespaceName.empty())
        metadata["namespace"] = namespaceName;
    if (!resourceVersion.empty())
        metadata["resourceVersion"] = resourceVersion;
    return {{"apiVersion", "autoscaling/v1"},
            {"kind", "Scale"},
            {"metadata", metadata},
            {"spec", {{"replicas", replicas}}}};
}

std::string DeploymentManifest::cpuQuantity(double cores)
{
    // 1e-9 absorbs the binary error of decimals such as 0.1 * 1000 = 100.00000000000001.
    const auto millicores = static_cast<long long>(std::ceil(std::max(cores, 0.0) * 1000.0 - 1e-9));
    return std::to_string(millicores) + "m";
}

std::string DeploymentManifest::memoryQuantity(double gigabytes)
{
    const auto mebibytes = static_cast<long long>(std::ceil(std::max(gigabytes, 0.0) * 1024.0 - 1e-9));
    if (mebibytes % 1024 == 0 && mebibytes > 0)
        return std::to_string(mebibytes / 1024) + "Gi";
    return std::to_string(mebibytes) + "Mi";
}

} // namespace switchyard
