#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "Result.h"
#include "VersionSpec.h"

namespace switchyard {

// What a version's Deployment is made from.
struct DeploymentInputs
{
    std::string cluster;
    std::string endpoint;
    std::string namespaceName;
    VersionSpec spec;
    // The project's replica image, run with switchyard-replica for the built-in runtime.
    std::string replicaImage;
    // The image of a `runtime: command` version (the API's inference_config.image, which core's
    // InferenceConfig does not carry yet); required for that runtime on this backend.
    std::string commandImage;
    // Where the replica fetches its model at start (no shared volume): the server's model route (kept in
    // the Secret, key "url"), the sha256 the bytes must have, and the Secret whose key "token" holds the
    // version's model credential. Empty: the pod gets none of the three.
    std::string modelUrl;
    std::string modelSha256;
    std::string modelSecretName;
    // Limits exist only where the spec gives them; VersionSpec has none today, so these stay empty.
    std::optional<double> cpuLimitCores;
    std::optional<double> memoryLimitGb;
};

// Builds the apps/v1 Deployment of a version and the autoscaling/v1 Scale that sets its replica count,
// in the JSON shape the API server takes. Pure: the same inputs give the same bytes, so the spec hash
// annotation tells a drifted Deployment from one that only had its replicas scaled.
class DeploymentManifest
{
public:
    // Fixed in the pod template: every pod has its own address, so all can use the same port.
    static constexpr int kContainerPort = 8080;
    static constexpr const char* kContainerName = "replica";
    static constexpr const char* kPortName = "http";
    // The replica listens on this address (the pod's IP from the downward API), else on all interfaces.
    static constexpr const char* kListenHostEnv = "SWITCHYARD_LISTEN_HOST";
    static constexpr const char* kPortEnv = "PORT";
    static constexpr const char* kSpecHashAnnotation = "switchyard.io/spec-hash";
    static constexpr const char* kReplicaCommand = "switchyard-replica";
    static constexpr const char* kModelUrlEnv = "SWITCHYARD_MODEL_URL";
    static constexpr const char* kModelSha256Env = "SWITCHYARD_MODEL_SHA256";
    static constexpr const char* kModelTokenEnv = "SWITCHYARD_MODEL_TOKEN";
    static constexpr const char* kModelTokenKey = "token";
    static constexpr const char* kModelUrlKey = "url";

    static Result<nlohmann::json> deployment(const DeploymentInputs& inputs);
    // The hash the Deployment carries: of everything but the replica count, which the autoscaler owns.
    static Result<std::string> specHash(const DeploymentInputs& inputs);
    // The body of PUT …/deployments/{name}/scale. An empty resourceVersion is left out (no precondition).
    // The v1 Secret that holds a version's model credential and the model route's URL (both change
    // without the pod template: a new credential, a server at a new address do not roll the pods).
    static nlohmann::json modelSecret(const std::string& name, const DeploymentInputs& inputs,
                                      const std::string& credential);
    static nlohmann::json scale(const std::string& name, const std::string& namespaceName, int replicas,
                                const std::string& resourceVersion = {});

    // Kubernetes quantities: cores as whole millicores ("100m"), GB (taken as GiB, as the local backend
    // counts them) as "Gi" when whole, else whole "Mi". Both round up, so a pod never gets less.
    static std::string cpuQuantity(double cores);
    static std::string memoryQuantity(double gigabytes);
};

} // namespace switchyard
