#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "VersionSpec.h"

namespace switchyard::server {

// Rows of the store, as the API uses them.
struct ModelRecord
{
    std::string name;
    int version = 0;
    std::string sha256;
    std::int64_t sizeBytes = 0;
    std::string createdAt;
};

struct EndpointRecord
{
    std::string name;
    std::string description;
    std::map<std::string, std::string> tags;
    bool authEnabled = true;
    bool tokenAuthEnabled = false;
    std::string primaryKey;
    std::string secondaryKey;
    std::string primaryRotatedAt;
    std::string secondaryRotatedAt;
    std::string createdAt;
    std::string updatedAt;
    // Random, new with every endpoint and with every revocation: a token is valid only while the epoch
    // it was minted under is the endpoint's current one (so it dies with its endpoint and on revoke).
    std::string tokenEpoch;
};

struct VersionRecord
{
    std::string endpoint;
    VersionSpec spec; // includes traffic_percentile, is_default and is_control_version_type
    int position = 0; // creation order within the endpoint
    std::string createdAt;
    std::string updatedAt;
};

struct EventRecord
{
    std::int64_t seq = 0;
    std::string time;
    std::string endpoint;
    std::string version;
    std::string kind;
    nlohmann::json detail = nlohmann::json::object();
};

// An event as stored, with who caused it: an operator's name, "server:<source>" (autoscaler, health,
// server) for what the server did on its own, or empty for events from before operators were recorded.
struct StoredEvent
{
    EventRecord event;
    std::string actor;
};

// A named operator credential. The token itself is never stored, only its SHA-256.
struct OperatorRecord
{
    std::string name;
    std::string role; // viewer, operator or admin
    std::string tokenSha256;
    std::string createdAt;
    std::int64_t expiresAt = 0;  // Unix seconds; 0: never
    std::int64_t lastUsedAt = 0; // Unix seconds; 0: never used
};

} // namespace switchyard::server
