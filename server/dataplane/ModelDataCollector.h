#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace switchyard::server {

class BackgroundWriter;

// collect_model_data: each scored request and its answer as one JSON line in
// <dataDir>/collected/<endpoint>/<version>/<YYYY-MM-DD>.jsonl, bodies cut at 64 KiB.
class ModelDataCollector
{
public:
    ModelDataCollector(std::string directory, std::shared_ptr<BackgroundWriter> writer);

    void record(std::string_view requestId, int status, double latencyMs, std::string_view requestBody,
                std::string_view responseBody);
    // The newest `limit` records, newest last, as {"records": […]}.
    nlohmann::json newest(int limit) const;

    static constexpr size_t kMaxBodyBytes = 64 * 1024;

private:
    std::string m_directory;
    std::shared_ptr<BackgroundWriter> m_writer;
};

} // namespace switchyard::server
