#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"

namespace switchyard {

// One replica of a version as GET …/versions/{v}/replicas reports it: a local process of the server or a
// Kubernetes pod. {"replicas": […]} is read with ApiFields::list<ReplicaStatus>(json, "replicas").
struct ReplicaStatus
{
    std::string id;      // the replica id (local) or the pod's name (Kubernetes)
    std::string address; // host:port the router sends to
    std::string state;   // Starting | Ready | Draining | Terminating
    int inflight = 0;
    int restarts = 0;
    std::string startedAt; // RFC 3339
    std::int64_t ageSeconds = 0;

    static Result<ReplicaStatus> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const ReplicaStatus&) const = default;
};

} // namespace switchyard
