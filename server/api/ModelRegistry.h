#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "EventLog.h"
#include "Names.h"
#include "Result.h"
#include "Store.h"

namespace switchyard::server {

// The model registry: files under <data-dir>/models/<sha256>, rows in the store. Store thread only.
class ModelRegistry
{
public:
    ModelRegistry(Store& store, EventLog& events, std::string dataDir);

    // POST /api/v1/models/{name}: the file is on disk (fsync + rename) before its row commits.
    Result<nlohmann::json> upload(const std::string& name, const std::string& bytes);
    nlohmann::json list();
    bool has(const ModelRef& ref);
    std::optional<std::string> pathFor(const ModelRef& ref);
    std::string pathForSha(const std::string& sha256) const;

    static nlohmann::json toJson(const ModelRecord& model);

private:
    void writeDurably(const std::string& sha256, const std::string& bytes);

    Store& m_store;
    EventLog& m_events;
    std::string m_dir;
};

} // namespace switchyard::server
