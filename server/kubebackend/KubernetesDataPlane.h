#pragma once

#include <memory>

#include <boost/asio/io_context.hpp>

#include "DataPlane.h"
#include "Result.h"

namespace switchyard::server {

// The data plane with its replicas as Kubernetes Deployments (--backend kubernetes): the same router,
// autoscaler and metrics as the local one, over a KubernetesBackend. Reads the kubeconfig (or the
// in-cluster service account), settles the namespace, and, where --cpu-cores or --memory-gb left it to
// the cluster (zero in `options.capacity`), fills the capacity in from the nodes or the namespace's
// ResourceQuota. Errors are one sentence for the operator.
Result<std::unique_ptr<DataPlane>> makeKubernetesDataPlane(boost::asio::io_context& io,
                                                           DataPlaneOptions& options);

} // namespace switchyard::server
