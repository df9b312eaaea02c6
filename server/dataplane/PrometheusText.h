#pragma once

#include <memory>
#include <string>
#include <vector>

namespace switchyard::server {

class VersionRuntime;

// The data plane's part of GET /metrics in the Prometheus text format 0.0.4: per version, the gauges of
// the last second, the counters since start and the request-duration histogram. Every metric name the
// server exports is written here, so the docs and the Grafana dashboard have one place to agree with.
class PrometheusText
{
public:
    static std::string write(const std::vector<std::shared_ptr<VersionRuntime>>& runtimes);
    // A sample value: integers as integers, others in the shortest form that reads back the same.
    static std::string number(double value);
};

} // namespace switchyard::server
