#pragma once

#include <nlohmann/json.hpp>

#include "DataPlane.h"
#include "ServiceContext.h"

namespace switchyard::server {

// The API's answers (Endpoint, Version, the endpoint list entry) and the data plane's snapshot of an
// endpoint, both built from the stored state plus what the data plane reports.
class EndpointView
{
public:
    static nlohmann::json version(ServiceContext& ctx, const EndpointState& state,
                                  const VersionRecord& version);
    static nlohmann::json endpoint(ServiceContext& ctx, const EndpointState& state);
    static nlohmann::json summary(ServiceContext& ctx, const EndpointState& state);
    static EndpointRuntimeConfig runtimeConfig(ServiceContext& ctx, const EndpointState& state);
    // Pushes the endpoint's current stored state to the data plane.
    static void publish(ServiceContext& ctx, const std::string& endpoint);
    // How bad a version state is (Healthy 0 < Transitioning < Unhealthy < Failed): an endpoint shows its
    // worst version's state.
    static int severity(const std::string& state);

private:
    static std::string worstState(ServiceContext& ctx, const EndpointState& state);
};

} // namespace switchyard::server
