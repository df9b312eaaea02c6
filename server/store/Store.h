#pragma once

#include <optional>
#include <string>
#include <vector>

#include "Database.h"
#include "Records.h"

namespace switchyard::server {

// The durable truth: SQLite in the data dir (WAL, synchronous=FULL), schema versioned by user_version.
// Every method throws StoreError on a failed SQLite call; callers wrap changes in a Transaction.
class Store
{
public:
    explicit Store(const std::string& databasePath);

    Database& db() { return m_db; }
    int schemaVersion();

    std::vector<ModelRecord> listModels();
    std::optional<ModelRecord> findModel(const std::string& name, int version);
    int nextModelVersion(const std::string& name);
    void insertModel(const ModelRecord& model);

    std::vector<EndpointRecord> listEndpoints();
    std::optional<EndpointRecord> findEndpoint(const std::string& name);
    void insertEndpoint(const EndpointRecord& endpoint);
    void updateEndpoint(const EndpointRecord& endpoint);
    void deleteEndpoint(const std::string& name);

    std::vector<VersionRecord> listVersions(const std::string& endpoint);
    std::vector<VersionRecord> listAllVersions();
    void insertVersion(const VersionRecord& version);
    void updateVersion(const VersionRecord& version);
    void deleteVersion(const std::string& endpoint, const std::string& name);

    std::int64_t appendEvent(const EventRecord& event, const std::string& actor);
    // Events with seq >= `seq`, oldest first; only those whose actor is `actor` when it is not empty.
    std::vector<StoredEvent> eventsFrom(std::int64_t seq, int limit, const std::string& actor = {});
    std::int64_t lastEventSeq();

    std::vector<OperatorRecord> listOperators();
    std::optional<OperatorRecord> findOperator(const std::string& name);
    void insertOperator(const OperatorRecord& record);
    void deleteOperator(const std::string& name);
    void setOperatorLastUsed(const std::string& name, std::int64_t unixSeconds);

    std::optional<std::string> meta(const std::string& key);
    void setMeta(const std::string& key, const std::string& value);

private:
    void migrate();
    VersionRecord readVersion(Statement& s);

    Database m_db;
};

} // namespace switchyard::server
