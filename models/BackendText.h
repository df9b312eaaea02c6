#pragma once

#include <QCoreApplication>
#include <QString>

#include "api/ClusterInfo.h"

namespace switchyard::models {

// How the engine that runs a cluster's replicas reads in the console, in one place (the cluster list and
// the cluster pane say it the same way).
class BackendText
{
    Q_DECLARE_TR_FUNCTIONS(BackendText)

public:
    // "Kubernetes (namespace ml)", "Local processes", or a backend this console does not know by its name.
    static QString describe(const ClusterInfo& cluster);
    // The sentence to show when the backend is degraded; empty when it is not.
    static QString warning(const ClusterInfo& cluster);
};

} // namespace switchyard::models
