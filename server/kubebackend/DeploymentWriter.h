#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "DeploymentManifest.h"

namespace switchyard {
class KubeApiClient;
}

namespace switchyard::server {

// The API calls that make one version's objects in the namespace what the store wants: its Secret
// (the model credential), its Deployment (created, replaced when its spec hash differs, else only
// scaled) and their removal. Writes that meet a 409 are retried on a fresh resourceVersion.
class DeploymentWriter
{
public:
    struct Outcome
    {
        bool ok = true;
        bool unreachable = false; // a transport failure: try again later; nothing is wrong with the spec
        std::string message;      // when not ok: a sentence (a 403 names the missing permission)
        std::string action;       // "created", "updated", "scaled to N", "" when nothing changed
    };

    DeploymentWriter(std::shared_ptr<KubeApiClient> client, std::string namespaceName);

    Outcome writeSecret(const std::string& name, const nlohmann::json& secret);
    Outcome writeDeployment(const nlohmann::json& deployment, int replicas);
    Outcome remove(const std::string& deploymentName, const std::string& secretName);
    // The namespace's Deployments with these labels (the "items" of the list); nothing when the call fails.
    std::optional<std::vector<nlohmann::json>> list(const std::string& labelSelector, Outcome& outcome);

    std::string deploymentPath(const std::string& name = {}) const;
    std::string secretPath(const std::string& name = {}) const;

private:
    Outcome scaleTo(const std::string& name, int replicas);

    std::shared_ptr<KubeApiClient> m_client;
    std::string m_namespace;
};

} // namespace switchyard::server
