// Writes the Deployments and Scales DeploymentManifest builds for a range of specs into a directory, as
// the API server would receive them, for validate-manifests.js to check against Kubernetes' schemas.
//   kubernetes_manifest_samples DIR
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "DeploymentManifest.h"
#include "KubernetesNames.h"

using namespace switchyard;

namespace {

bool write(const std::string& path, const nlohmann::json& document)
{
    std::ofstream out(path);
    out << document.dump(2) << '\n';
    return static_cast<bool>(out);
}

std::vector<std::pair<std::string, DeploymentInputs>> samples()
{
    DeploymentInputs base;
    base.cluster = "local";
    base.endpoint = "churn";
    base.namespaceName = "models";
    base.spec.versionName = "blue";
    base.spec.model = "churn:1";
    base.replicaImage = "registry.example/switchyard-replica:0.1.0";

    std::vector<std::pair<std::string, DeploymentInputs>> result{{"defaults", base}};

    auto sized = base;
    sized.spec.cpuCores = 2.5;
    sized.spec.memoryGb = 1.5;
    sized.spec.numReplicas = 4;
    sized.cpuLimitCores = 4;
    sized.memoryLimitGb = 2;
    result.emplace_back("sized-with-limits", sized);

    auto probes = base;
    probes.spec.periodSeconds = 1;
    probes.spec.initialDelaySeconds = 0;
    probes.spec.timeoutSeconds = 30;
    probes.spec.successThreshold = 5;
    probes.spec.failureThreshold = 1;
    probes.spec.autoscaleMinReplicas = 0;
    result.emplace_back("probes-and-no-replicas", probes);

    auto command = base;
    command.spec.inferenceConfig.runtime = InferenceConfig::Runtime::Command;
    command.spec.inferenceConfig.command = {"python3", "-m", "server", "--port", "8080"};
    command.spec.inferenceConfig.env = {{"MODEL_DIR", "/models"}, {"WORKERS", "2"}};
    command.spec.inferenceConfig.healthPath = "/healthz";
    command.commandImage = "python:3.12-slim";
    result.emplace_back("command-runtime", command);

    auto longest = base;
    longest.cluster = "a cluster name that is not a label value";
    longest.endpoint = std::string(31, 'e') + "-";
    longest.spec.versionName = std::string(32, 'v');
    result.emplace_back("longest-names", longest);
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    int replicas = 0;
    for (const auto& [name, inputs] : samples()) {
        auto deployment = DeploymentManifest::deployment(inputs);
        if (!deployment) {
            std::fprintf(stderr, "%s: %s\n", name.c_str(), deployment.error().message.c_str());
            return 1;
        }
        const auto objectName = KubernetesNames::deploymentName(inputs.endpoint, inputs.spec.versionName);
        // Scales of several sizes, half of them with a resourceVersion precondition.
        const auto scale = DeploymentManifest::scale(objectName, inputs.namespaceName, replicas * 3,
                                                     replicas % 2 ? "4242" : "");
        ++replicas;
        if (!write(dir + "/deployment-" + name + ".json", deployment.value()) ||
            !write(dir + "/scale-" + name + ".json", scale)) {
            std::fprintf(stderr, "cannot write into %s\n", dir.c_str());
            return 1;
        }
    }
    return 0;
}
