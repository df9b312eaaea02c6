#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Capacity.h"
#include "DataPlane.h"
#include "EventLog.h"
#include "JwtSigner.h"
#include "ModelRegistry.h"
#include "Store.h"
#include "TrafficPlan.h"

namespace switchyard::server {

struct ClusterSettings
{
    std::string name = "local";
    std::string purpose = "FastProd";
    Resources capacity;
    std::string baseUrl;   // scheme://host:port the server listens at
    std::string publicUrl; // what clients reach it at (--public-url, else baseUrl), for scoring_uri
};

// What the API's services share. Everything here is used from the store thread only, but the data plane
// and the signer, which are thread-safe.
struct ServiceContext
{
    Store& store;
    DataPlane& dataPlane;
    EventLog& events;
    ModelRegistry& models;
    std::shared_ptr<const JwtSigner> jwt;
    ClusterSettings cluster;

    // Rule 9's "allocated": the sum over stored versions of minimum replicas × cpu/memory, skipping one
    // version (the one being changed). Deterministic, and independent of what the autoscaler does now.
    Resources allocated(const std::string& skipEndpoint = {}, const std::string& skipVersion = {});
};

// One endpoint and its versions as stored, loaded for a change or an answer.
struct EndpointState
{
    EndpointRecord endpoint;
    std::vector<VersionRecord> versions;

    static std::optional<EndpointState> load(Store& store, const std::string& name);
    VersionRecord* find(const std::string& version);
    TrafficPlan plan() const;
    // Writes the plan's roles (percentile, default, control) into the versions' specs.
    void applyPlan(const TrafficPlan& plan);
    // TrafficChanged / DefaultChanged / ControlChanged for what a change did to the routing roles.
    static void recordPlanChanges(EventLog& events, const std::string& endpoint, const TrafficPlan& before,
                                  const TrafficPlan& after);
};

} // namespace switchyard::server
