#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "PodFacts.h"
#include "ReplicaBackend.h"

namespace switchyard::server {

// The pods of the cluster's versions, as the pod watch last told them, grouped by version
// ("<endpoint>/<version>"). Each change hands the affected versions' whole replica lists to `notify`,
// outside the tracker's lock.
class PodTracker
{
public:
    using Notify =
        std::function<void(const std::string& group, const std::vector<ObservedReplica>& replicas)>;
    PodTracker(unsigned short containerPort, Notify notify);

    // A fresh list (after LIST or a relist): replaces everything.
    void replace(const std::vector<nlohmann::json>& pods);
    // One watch event: ADDED, MODIFIED or DELETED.
    void event(const std::string& type, const nlohmann::json& pod);

    std::vector<ObservedReplica> replicas(const std::string& group) const;
    std::vector<std::string> podNames(const std::string& group) const;

private:
    std::vector<ObservedReplica> replicasLocked(const std::string& group) const;
    void notifyGroups(const std::set<std::string>& groups);

    const unsigned short m_port;
    Notify m_notify;
    mutable std::mutex m_mutex;
    std::map<std::string, PodFacts> m_pods; // by pod name
};

} // namespace switchyard::server
