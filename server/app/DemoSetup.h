#pragma once

#include "EndpointService.h"
#include "ServiceContext.h"
#include "VersionService.h"

namespace switchyard::server {

// --demo: registers the demo model and creates endpoint `demo` with `blue` (control, default) and
// `green` (treatment, 30 %). Does nothing when `demo` already exists, so a restart changes nothing.
class DemoSetup
{
public:
    static Status run(ServiceContext& ctx, EndpointService& endpoints, VersionService& versions);
};

} // namespace switchyard::server
