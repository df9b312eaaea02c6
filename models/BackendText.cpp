#include "BackendText.h"

namespace switchyard::models {

QString BackendText::describe(const ClusterInfo& cluster)
{
    if (cluster.backend == "kubernetes") {
        if (cluster.namespaceName.empty())
            return tr("Kubernetes");
        return tr("Kubernetes (namespace %1)").arg(QString::fromStdString(cluster.namespaceName));
    }
    if (cluster.backend == "local")
        return tr("Local processes");
    // A newer server's backend: its own name beats a wrong guess.
    return QString::fromStdString(cluster.backend);
}

QString BackendText::warning(const ClusterInfo& cluster)
{
    if (!cluster.degraded())
        return {};
    // The server's sentence says why (it is not translated: it names Kubernetes objects and errors).
    if (cluster.backendMessage.empty())
        return tr("The backend is degraded; the server gave no reason.");
    return tr("The backend is degraded: %1").arg(QString::fromStdString(cluster.backendMessage));
}

} // namespace switchyard::models
