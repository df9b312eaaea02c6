#pragma once

#include <string>

#include "KubeConfig.h"
#include "Result.h"

namespace switchyard {

// Which configuration `switchyard-server --backend kubernetes` uses, in kubectl's order: the file named
// with --kubeconfig; else the pod's service account when KUBERNETES_SERVICE_HOST is set; else the first
// file listed in $KUBECONFIG; else ~/.kube/config.
//
// In a pod, the service account wins over $KUBECONFIG because an image may carry a KUBECONFIG meant for
// its developers' machines; naming a file explicitly still wins over both.
class KubeConfigLocator
{
public:
    // The parts of the process environment the choice depends on; tests write their own.
    struct Environment
    {
        std::string serviceHost; // KUBERNETES_SERVICE_HOST
        std::string kubeconfig;  // KUBECONFIG, a ':'-separated list
        std::string home;        // HOME
        static Environment fromProcess();
    };

    struct Choice
    {
        bool inCluster = false;
        std::string path; // the kubeconfig file when not in-cluster; empty when there is none to try
        std::string why;  // for the server's start-up log line
    };

    static Choice choose(const std::string& explicitPath, const Environment& environment);

    // The choice, read: the in-cluster config from the process's own environment and files, or the file.
    static Result<KubeConfig> load(const std::string& explicitPath, const std::string& context,
                                   const Environment& environment);
};

} // namespace switchyard
