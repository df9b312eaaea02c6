#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "Result.h"

namespace switchyard {

// One entry of the audit log / change feed (GET /api/v1/events). `endpoint` and `version` are empty
// for events that concern neither (written as null).
struct EventRecord
{
    std::int64_t seq = 0;
    std::string time; // RFC 3339 UTC
    std::string endpoint;
    std::string version;
    std::string kind; // EndpointCreated, TrafficChanged, ScaledUp, … (newer servers may add kinds)
    nlohmann::json detail = nlohmann::json::object();
    // Who caused it: the operator's name (empty when the server did), and "operator", "autoscaler",
    // "health", "server" or "unknown" (empty from servers before operators).
    std::string operatorName{};
    std::string causedBy{};

    static Result<EventRecord> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const EventRecord&) const = default;
};

} // namespace switchyard
