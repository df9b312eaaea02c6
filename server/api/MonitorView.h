#pragma once

#include <nlohmann/json.hpp>

#include "ServiceContext.h"

namespace switchyard::server {

// The body of GET /api/v1/monitor: every endpoint and version of the cluster with its state and the figures
// of the last whole second, in one answer whose cost does not grow with what a console shows. It reads only
// what the data plane keeps (its routing config and each version's status and samples), never the store, and
// of the context only the data plane and the cluster's name (fixed before the first request), so any thread
// may build it.
class MonitorView
{
public:
    // `historySeconds` (0..900) adds each version's last N one-second samples.
    static nlohmann::json build(const ServiceContext& ctx, int historySeconds);

private:
    static nlohmann::json version(const VersionMonitor& v);
    static nlohmann::json history(const nlohmann::json& samples);
};

} // namespace switchyard::server
