#include "KubeConfigLocator.h"

#include <cstdlib>

namespace switchyard {
namespace {

std::string variable(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

} // namespace

KubeConfigLocator::Environment KubeConfigLocator::Environment::fromProcess()
{
    return {variable("KUBERNETES_SERVICE_HOST"), variable("KUBECONFIG"), variable("HOME")};
}

KubeConfigLocator::Choice KubeConfigLocator::choose(const std::string& explicitPath,
                                                    const Environment& environment)
{
    if (!explicitPath.empty())
        return {false, explicitPath, "--kubeconfig " + explicitPath};
    if (!environment.serviceHost.empty())
        return {true, {}, "the pod's service account (KUBERNETES_SERVICE_HOST is set)"};
    // kubectl merges every file of the list; one file is all this backend reads, so the first one named.
    std::size_t start = 0;
    while (start <= environment.kubeconfig.size()) {
        const std::size_t colon = environment.kubeconfig.find(':', start);
        const std::size_t end = colon == std::string::npos ? environment.kubeconfig.size() : colon;
        if (end > start) {
            const std::string first = environment.kubeconfig.substr(start, end - start);
            return {false, first, "$KUBECONFIG's first file " + first};
        }
        start = end + 1;
    }
    if (!environment.home.empty()) {
        const std::string path =
            environment.home + (environment.home.back() == '/' ? "" : "/") + ".kube/config";
        return {false, path, path};
    }
    return {false, {}, "no --kubeconfig, KUBERNETES_SERVICE_HOST, KUBECONFIG or HOME"};
}

Result<KubeConfig> KubeConfigLocator::load(const std::string& explicitPath, const std::string& context,
                                           const Environment& environment)
{
    const Choice choice = choose(explicitPath, environment);
    if (choice.inCluster)
        return KubeConfig::inCluster(KubeConfig::InClusterEnvironment::fromProcess());
    if (choice.path.empty())
        return Error::badRequest("InvalidKubeconfig",
                                 "No Kubernetes configuration to use: " + choice.why +
                                     ". Name a kubeconfig with --kubeconfig.",
                                 "kubeconfig");
    return KubeConfig::fromFile(choice.path, context);
}

} // namespace switchyard
