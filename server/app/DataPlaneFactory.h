#pragma once

#include <memory>

#include <boost/asio/io_context.hpp>

#include "DataPlane.h"

namespace switchyard::server {

// The local data plane when it is built in (SWITCHYARD_HAS_LOCAL_DATAPLANE), else the NullDataPlane.
std::unique_ptr<DataPlane> makeDataPlane(boost::asio::io_context& io, DataPlaneOptions options);

} // namespace switchyard::server
