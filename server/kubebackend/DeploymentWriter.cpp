#include "DeploymentWriter.h"

#include "KubeApiClient.h"

namespace switchyard::server {

namespace {

using nlohmann::json;
constexpr int kConflictRetries = 5;

DeploymentWriter::Outcome failure(const KubeResponse& response, const std::string& what)
{
    DeploymentWriter::Outcome outcome;
    outcome.ok = false;
    if (response.status == 0) {
        outcome.unreachable = true;
        outcome.message = "Cannot reach the Kubernetes API server (" + response.error + ").";
    } else {
        outcome.message = "Kubernetes refused to " + what + " (HTTP " + std::to_string(response.status) +
                          "): " + response.message();
    }
    return outcome;
}

std::string text(const json& object, const json::json_pointer& pointer)
{
    return object.contains(pointer) && object.at(pointer).is_string() ? object.at(pointer).get<std::string>()
                                                                      : std::string();
}

} // namespace

DeploymentWriter::DeploymentWriter(std::shared_ptr<KubeApiClient> client, std::string namespaceName)
    : m_client(std::move(client)), m_namespace(std::move(namespaceName))
{}

std::string DeploymentWriter::deploymentPath(const std::string& name) const
{
    return "/apis/apps/v1/namespaces/" + m_namespace + "/deployments" + (name.empty() ? "" : "/" + name);
}

std::string DeploymentWriter::secretPath(const std::string& name) const
{
    return "/api/v1/namespaces/" + m_namespace + "/secrets" + (name.empty() ? "" : "/" + name);
}

DeploymentWriter::Outcome DeploymentWriter::writeSecret(const std::string& name, const json& secret)
{
    for (int attempt = 0; attempt < kConflictRetries; ++attempt) {
        auto current = m_client->request("GET", secretPath(name));
        if (current.status == 404) {
            auto created = m_client->request("POST", secretPath(), &secret);
            if (created.status == 409)
                continue; // made meanwhile: replace it
            if (created.status / 100 != 2)
                return failure(created, "create the Secret " + name);
            return {};
        }
        if (current.status != 200)
            return failure(current, "read the Secret " + name);
        json replacement = secret;
        replacement["metadata"]["resourceVersion"] =
            text(current.json(), "/metadata/resourceVersion"_json_pointer);
        auto replaced = m_client->request("PUT", secretPath(name), &replacement);
        if (replaced.status == 409)
            continue;
        if (replaced.status / 100 != 2)
            return failure(replaced, "update the Secret " + name);
        return {};
    }
    return {false,
            false,
            "The Secret " + name + " kept changing under us (409 Conflict " +
                std::to_string(kConflictRetries) + " times).",
            {}};
}

DeploymentWriter::Outcome DeploymentWriter::writeDeployment(const json& deployment, int replicas)
{
    const std::string name = deployment.at("metadata").at("name").get<std::string>();
    const std::string hash = text(
        deployment, json::json_pointer("/metadata/annotations/" + std::string("switchyard.io~1spec-hash")));
    for (int attempt = 0; attempt < kConflictRetries; ++attempt) {
        auto current = m_client->request("GET", deploymentPath(name));
        if (current.status == 404) {
            json body = deployment;
            body["spec"]["replicas"] = replicas;
            auto created = m_client->request("POST", deploymentPath(), &body);
            if (created.status == 409)
                continue;
            if (created.status / 100 != 2)
                return failure(created, "create the Deployment " + name);
            return {true, false, {}, "created with " + std::to_string(replicas) + " replica(s)"};
        }
        if (current.status != 200)
            return failure(current, "read the Deployment " + name);
        const json existing = current.json();
        const std::string existingHash =
            text(existing, json::json_pointer("/metadata/annotations/switchyard.io~1spec-hash"));
        if (existingHash == hash) {
            const json& count = existing.contains("/spec/replicas"_json_pointer)
                                    ? existing.at("/spec/replicas"_json_pointer)
                                    : json();
            if (count.is_number_integer() && count.get<int>() == replicas)
                return {};
            return scaleTo(name, replicas);
        }
        // The spec drifted (a new model, command, resources or probes): replace it; its pods roll.
        json body = deployment;
        body["spec"]["replicas"] = replicas;
        body["metadata"]["resourceVersion"] = text(existing, "/metadata/resourceVersion"_json_pointer);
        auto replaced = m_client->request("PUT", deploymentPath(name), &body);
        if (replaced.status == 409)
            continue;
        if (replaced.status / 100 != 2)
            return failure(replaced, "update the Deployment " + name);
        return {true, false, {}, "updated (spec hash " + hash + ")"};
    }
    return {false,
            false,
            "The Deployment " + name + " kept changing under us (409 Conflict " +
                std::to_string(kConflictRetries) + " times).",
            {}};
}

DeploymentWriter::Outcome DeploymentWriter::scaleTo(const std::string& name, int replicas)
{
    for (int attempt = 0; attempt < kConflictRetries; ++attempt) {
        auto current = m_client->request("GET", deploymentPath(name) + "/scale");
        if (current.status != 200)
            return failure(current, "read the scale of " + name);
        const json scale = DeploymentManifest::scale(
            name, m_namespace, replicas, text(current.json(), "/metadata/resourceVersion"_json_pointer));
        auto written = m_client->request("PUT", deploymentPath(name) + "/scale", &scale);
        if (written.status == 409)
            continue;
        if (written.status / 100 != 2)
            return failure(written, "scale " + name);
        return {true, false, {}, "scaled to " + std::to_string(replicas)};
    }
    return {false,
            false,
            "The scale of " + name + " kept changing under us (409 Conflict " +
                std::to_string(kConflictRetries) + " times).",
            {}};
}

DeploymentWriter::Outcome DeploymentWriter::remove(const std::string& deploymentName,
                                                   const std::string& secretName)
{
    // Background: the API server answers at once and its garbage collector ends the pods, each given its
    // grace period to finish what it holds.
    const json options{{"kind", "DeleteOptions"}, {"apiVersion", "v1"}, {"propagationPolicy", "Background"}};
    auto deleted = m_client->request("DELETE", deploymentPath(deploymentName), &options);
    if (deleted.status / 100 != 2 && deleted.status != 404)
        return failure(deleted, "delete the Deployment " + deploymentName);
    auto secret = m_client->request("DELETE", secretPath(secretName));
    if (secret.status / 100 != 2 && secret.status != 404)
        return failure(secret, "delete the Secret " + secretName);
    return {true, false, {}, deleted.status == 404 ? "" : "deleted"};
}

std::optional<std::vector<json>> DeploymentWriter::list(const std::string& labelSelector, Outcome& outcome)
{
    auto listed = m_client->request("GET", deploymentPath() + "?labelSelector=" + labelSelector);
    if (listed.status != 200) {
        outcome = failure(listed, "list Deployments");
        return std::nullopt;
    }
    const json body = listed.json();
    std::vector<json> items;
    if (body.contains("items") && body["items"].is_array())
        for (const auto& item : body["items"])
            items.push_back(item);
    outcome = {};
    return items;
}

} // namespace switchyard::server
