#pragma once

#include "ClientOptions.h"
#include "ClusterProfile.h"

namespace switchyard::models {

// How the client reaches the cluster of a profile: its URL, admin token and TLS trust (CA file, the
// explicit insecure switch). Callers set their own timeouts and retries.
client::ClientOptions clientOptionsFor(const ClusterProfile& profile);

} // namespace switchyard::models
