#include "DataPlaneFactory.h"

#include "NullDataPlane.h"
#if SWITCHYARD_HAS_LOCAL_DATAPLANE
#include "LocalDataPlane.h"
#endif
#if SWITCHYARD_HAS_KUBERNETES_BACKEND
#include "KubernetesDataPlane.h"
#endif

namespace switchyard::server {

Result<std::unique_ptr<DataPlane>> makeDataPlane(boost::asio::io_context& io, DataPlaneOptions& options)
{
    if (options.backend == "kubernetes") {
#if SWITCHYARD_HAS_KUBERNETES_BACKEND
        return makeKubernetesDataPlane(io, options);
#else
        return Error::badRequest("InvalidOption",
                                 "This switchyard-server was built without the Kubernetes backend.");
#endif
    }
#if SWITCHYARD_HAS_LOCAL_DATAPLANE
    return makeLocalDataPlane(io, options);
#else
    (void)io;
    return std::unique_ptr<DataPlane>(std::make_unique<NullDataPlane>());
#endif
}

} // namespace switchyard::server
