#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace switchyard {

// What the backend needs to know of one pod of a version's Deployment, read from the Pod object the
// API server sends (list items and watch events alike).
struct PodFacts
{
    std::string name;
    std::string endpoint; // from the switchyard.io/*-name annotations the pod template carries
    std::string version;
    std::string ip;     // status.podIP; empty until the pod is scheduled and has a sandbox
    bool ready = false; // condition Ready is True
    // deletionTimestamp is set: Kubernetes chose it for removal (scale-down, rollout, deletion).
    bool terminating = false;
    // Why it does not run, when a container waits for a reason that will not clear by itself
    // ("ImagePullBackOff: …", "CrashLoopBackOff: …"), or the pod failed.
    std::string problem;
    int restarts = 0;                 // the containers' restartCount, summed
    std::int64_t startedAtUnixMs = 0; // status.startTime; 0 until the kubelet has taken the pod

    // Nothing when the object is not a pod of a Switchyard version (no name or no annotations).
    static std::optional<PodFacts> read(const nlohmann::json& pod);
};

} // namespace switchyard
