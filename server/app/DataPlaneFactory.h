#pragma once

#include <memory>

#include <boost/asio/io_context.hpp>

#include "DataPlane.h"
#include "Result.h"

namespace switchyard::server {

// The data plane options.backend names: "local" (when the local data plane is built in, else the
// NullDataPlane) or "kubernetes" (when built in). The Kubernetes one settles options.kubernetes'
// namespace and fills in a capacity left at zero from the cluster. Errors are one sentence.
Result<std::unique_ptr<DataPlane>> makeDataPlane(boost::asio::io_context& io, DataPlaneOptions& options);

} // namespace switchyard::server
