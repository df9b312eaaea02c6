#include "DataPlaneFactory.h"

#include "NullDataPlane.h"
#if SWITCHYARD_HAS_LOCAL_DATAPLANE
#include "LocalDataPlane.h"
#endif

namespace switchyard::server {

std::unique_ptr<DataPlane> makeDataPlane(boost::asio::io_context& io, DataPlaneOptions options)
{
#if SWITCHYARD_HAS_LOCAL_DATAPLANE
    return makeLocalDataPlane(io, std::move(options));
#else
    (void)io;
    (void)options;
    return std::make_unique<NullDataPlane>();
#endif
}

} // namespace switchyard::server
