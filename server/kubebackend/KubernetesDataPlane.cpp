#include "KubernetesDataPlane.h"

#include "KubeApiClient.h"
#include "KubeCapacity.h"
#include "KubernetesBackend.h"
#include "LocalDataPlane.h"
#include "Logger.h"

namespace switchyard::server {

namespace {

// What rule 9 counts against: the flags where given, else what the cluster states.
Status discoverCapacity(KubeApiClient& client, const std::string& namespaceName, Resources& capacity)
{
    if (capacity.cpuCores > 0 && capacity.memoryGb > 0)
        return {};
    auto quotas = client.request("GET", "/api/v1/namespaces/" + namespaceName + "/resourcequotas");
    KubeCapacity::Quota quota;
    if (quotas.status == 200)
        quota = KubeCapacity::fromQuotas(quotas.json());
    else if (quotas.status == 0)
        return Error{ErrorKind::ServiceUnavailable, "KubernetesUnavailable",
                     "Cannot reach the Kubernetes API server to learn the cluster's capacity (" +
                         quotas.error + "); pass --cpu-cores and --memory-gb, or check --kubeconfig.",
                     std::nullopt};
    Resources nodes;
    if (!quota.cpuCores || !quota.memoryGb) {
        auto listed = client.request("GET", "/api/v1/nodes");
        if (listed.status != 200)
            return Error{ErrorKind::ServiceUnavailable, "KubernetesUnavailable",
                         "Cannot learn the cluster's capacity from its nodes (HTTP " +
                             std::to_string(listed.status) + ": " +
                             (listed.status ? listed.message() : listed.error) +
                             "); pass --cpu-cores and --memory-gb, or grant get/list on nodes.",
                         std::nullopt};
        nodes = KubeCapacity::fromNodes(listed.json());
    }
    const Resources found = KubeCapacity::combine(nodes, quota);
    if (capacity.cpuCores <= 0)
        capacity.cpuCores = found.cpuCores;
    if (capacity.memoryGb <= 0)
        capacity.memoryGb = found.memoryGb;
    return {};
}

} // namespace

Result<std::unique_ptr<DataPlane>> makeKubernetesDataPlane(boost::asio::io_context& io,
                                                           DataPlaneOptions& options)
{
    auto located = KubeApiClient::fromOptions(options.kubernetes.kubeconfig, options.kubernetes.context);
    if (!located)
        return located.error();
    std::shared_ptr<KubeApiClient> client = std::move(located).value();
    auto& kube = options.kubernetes;
    if (kube.namespaceName.empty())
        kube.namespaceName =
            client->config().namespaceName.empty() ? "default" : client->config().namespaceName;
    if (kube.replicaImage.empty())
        return Error::badRequest("InvalidOption", "--backend kubernetes needs --replica-image.");
    if (auto found = discoverCapacity(*client, kube.namespaceName, options.capacity); !found)
        return found.error();
    Logger::info("kubernetes: namespace " + kube.namespaceName + " at " + client->config().server +
                 ", capacity " + formatNumber(options.capacity.cpuCores) + " cores, " +
                 formatNumber(options.capacity.memoryGb) + " GB");

    KubernetesBackendSettings settings;
    settings.namespaceName = kube.namespaceName;
    settings.clusterName = kube.clusterName;
    settings.replicaImage = kube.replicaImage;
    settings.dataDir = options.dataDir;
    settings.advertiseUrl = options.advertiseUrl;
    settings.issueModelCredential = options.issueModelCredential;
    std::shared_ptr<KubernetesBackend> backend;
    auto plane = std::make_unique<LocalDataPlane>(
        io, options, [&](const std::shared_ptr<BackgroundWriter>& writer, const DataPlaneOptions&) {
            backend = std::make_shared<KubernetesBackend>(client, settings, writer);
            return backend;
        });
    backend->start();
    return std::unique_ptr<DataPlane>(std::move(plane));
}

} // namespace switchyard::server
