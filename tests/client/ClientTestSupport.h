#pragma once

// Small helpers for the client tests against the real server (the server itself is started by
// tests/support's ServerProcess).
#include <QTest>

#include <chrono>
#include <string>
#include <thread>

#include "SyncClient.h"

namespace switchyard::test {

// A switchyard.linear/v1 model the built-in replica serves: 2 inputs, 2 labels.
inline std::string linearModel()
{
    return R"({"format": "switchyard.linear/v1", "weights": [[0.5, -1.0], [0.25, 2.0]], "bias": [0.1, 0.0],
              "activation": "softmax", "labels": ["stay", "churn"], "work_ms": 0})";
}

inline VersionSpec smallVersion(const std::string& name, const std::string& model)
{
    VersionSpec spec;
    spec.versionName = name;
    spec.model = model;
    spec.cpuCores = 0.1;
    spec.memoryGb = 0.1;
    spec.numReplicas = 1;
    spec.autoscaleEnabled = false;
    spec.initialDelaySeconds = 30;
    return spec;
}

inline EndpointSpec smallEndpoint(const std::string& name, const std::string& model)
{
    EndpointSpec spec;
    spec.name = name;
    spec.version = smallVersion("versiona", model);
    return spec;
}

// Polls until the version is Healthy (or the deadline passes); returns the last state seen.
inline HealthState waitHealthy(client::SyncClient& api, const std::string& ep, const std::string& v,
                               std::chrono::seconds deadline = std::chrono::seconds(60))
{
    const auto end = std::chrono::steady_clock::now() + deadline;
    HealthState state = HealthState::Unknown;
    while (std::chrono::steady_clock::now() < end) {
        auto r = api.getVersion(ep, v);
        if (r.ok()) {
            state = r->state;
            if (state == HealthState::Healthy || state == HealthState::Failed)
                return state;
        } else if (r.httpStatus() == 404) {
            return state; // no such version: waiting will not help
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return state;
}

template <class T>
const char* why(const client::ApiResult<T>& r)
{
    thread_local std::string text;
    text = r.ok() ? std::string("ok") : client::describe(r);
    return text.c_str();
}

} // namespace switchyard::test
