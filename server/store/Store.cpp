#include "Store.h"

#include "JsonReader.h"
#include "JsonText.h"

namespace switchyard::server {
namespace {

// Each entry moves the schema from version i to i + 1. Never edit a released step; append a new one.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE models (
    name TEXT NOT NULL, version INTEGER NOT NULL, sha256 TEXT NOT NULL, size_bytes INTEGER NOT NULL,
    created_at TEXT NOT NULL, PRIMARY KEY (name, version));
CREATE TABLE endpoints (
    name TEXT PRIMARY KEY, description TEXT NOT NULL, tags TEXT NOT NULL,
    auth_enabled INTEGER NOT NULL, token_auth_enabled INTEGER NOT NULL,
    primary_key TEXT NOT NULL, secondary_key TEXT NOT NULL,
    primary_rotated_at TEXT NOT NULL, secondary_rotated_at TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE versions (
    endpoint TEXT NOT NULL REFERENCES endpoints(name) ON DELETE CASCADE, name TEXT NOT NULL,
    spec TEXT NOT NULL, position INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (endpoint, name));
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, endpoint TEXT NOT NULL,
    version TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL);
)sql",
    // 2: tokens are bound to an endpoint's token epoch (new for each endpoint, and on each revocation).
    R"sql(
ALTER TABLE endpoints ADD COLUMN token_epoch TEXT NOT NULL DEFAULT '';
UPDATE endpoints SET token_epoch = lower(hex(randomblob(16)));
)sql",
    // 3: named operator credentials (only their hash), and who caused each event ('' before this step).
    R"sql(
CREATE TABLE operators (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, token_sha256 TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, expires_at INTEGER NOT NULL, last_used_at INTEGER NOT NULL);
ALTER TABLE events ADD COLUMN actor TEXT NOT NULL DEFAULT '';
CREATE INDEX events_by_actor ON events (actor, seq);
)sql",
};

std::string tagsToText(const std::map<std::string, std::string>& tags)
{
    return jsonText(nlohmann::json(tags));
}

std::map<std::string, std::string> tagsFromText(const std::string& text)
{
    auto json = nlohmann::json::parse(text, nullptr, false);
    std::map<std::string, std::string> tags;
    if (json.is_object())
        for (const auto& [k, v] : json.items())
            if (v.is_string())
                tags[k] = v.get<std::string>();
    return tags;
}

const char* const kModelColumns = "name, version, sha256, size_bytes, created_at";

ModelRecord readModel(Statement& s)
{
    return {s.text(0), static_cast<int>(s.integer(1)), s.text(2), s.integer(3), s.text(4)};
}

const char* const kEndpointColumns =
    "name, description, tags, auth_enabled, token_auth_enabled, primary_key, "
    "secondary_key, primary_rotated_at, secondary_rotated_at, created_at, "
    "updated_at, token_epoch";

// Parameters 1–9, in kEndpointColumns order, shared by the insert and the update.
Statement& bindEndpoint(Statement& s, const EndpointRecord& e)
{
    return s.bind(1, e.name)
        .bind(2, e.description)
        .bind(3, tagsToText(e.tags))
        .bind(4, e.authEnabled)
        .bind(5, e.tokenAuthEnabled)
        .bind(6, e.primaryKey)
        .bind(7, e.secondaryKey)
        .bind(8, e.primaryRotatedAt)
        .bind(9, e.secondaryRotatedAt);
}

EndpointRecord readEndpoint(Statement& s)
{
    return {s.text(0),         s.text(1),         tagsFromText(s.text(2)),
            s.integer(3) != 0, s.integer(4) != 0, s.text(5),
            s.text(6),         s.text(7),         s.text(8),
            s.text(9),         s.text(10),        s.text(11)};
}

// Read by Store::readVersion in this order.
const char* const kVersionColumns = "endpoint, name, spec, position, created_at, updated_at";

} // namespace

Store::Store(const std::string& databasePath) : m_db(databasePath)
{
    // WAL with synchronous=FULL: a COMMIT returns only once the log is on disk, so a 2xx is durable.
    m_db.exec("PRAGMA journal_mode=WAL");
    m_db.exec("PRAGMA synchronous=FULL");
    m_db.exec("PRAGMA foreign_keys=ON");
    migrate();
}

int Store::schemaVersion()
{
    return static_cast<int>(m_db.prepare("PRAGMA user_version").scalar());
}

void Store::migrate()
{
    const int target = static_cast<int>(std::size(kMigrations));
    int current = schemaVersion();
    if (current > target)
        throw StoreError("the data dir was written by a newer switchyard-server (schema " +
                         std::to_string(current) + ")");
    while (current < target) {
        Transaction tx(m_db);
        m_db.exec(kMigrations[current]);
        ++current;
        m_db.exec("PRAGMA user_version = " + std::to_string(current));
        tx.commit();
    }
}

std::vector<ModelRecord> Store::listModels()
{
    return m_db.prepare(std::string("SELECT ") + kModelColumns + " FROM models ORDER BY name, version")
        .rows(readModel);
}

std::optional<ModelRecord> Store::findModel(const std::string& name, int version)
{
    return m_db
        .prepare(std::string("SELECT ") + kModelColumns + " FROM models WHERE name = ?1 AND version = ?2")
        .bind(1, name)
        .bind(2, version)
        .firstRow(readModel);
}

int Store::nextModelVersion(const std::string& name)
{
    return static_cast<int>(m_db.prepare("SELECT COALESCE(MAX(version), 0) + 1 FROM models WHERE name = ?1")
                                .bind(1, name)
                                .scalar());
}

void Store::insertModel(const ModelRecord& m)
{
    m_db.prepare(
            "INSERT INTO models (name, version, sha256, size_bytes, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, m.name)
        .bind(2, m.version)
        .bind(3, m.sha256)
        .bind(4, m.sizeBytes)
        .bind(5, m.createdAt)
        .run();
}

std::vector<EndpointRecord> Store::listEndpoints()
{
    return m_db.prepare(std::string("SELECT ") + kEndpointColumns + " FROM endpoints ORDER BY name")
        .rows(readEndpoint);
}

std::optional<EndpointRecord> Store::findEndpoint(const std::string& name)
{
    return m_db.prepare(std::string("SELECT ") + kEndpointColumns + " FROM endpoints WHERE name = ?1")
        .bind(1, name)
        .firstRow(readEndpoint);
}

void Store::insertEndpoint(const EndpointRecord& e)
{
    bindEndpoint(m_db.prepare(std::string("INSERT INTO endpoints (") + kEndpointColumns +
                              ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
                 e)
        .bind(10, e.createdAt)
        .bind(11, e.updatedAt)
        .bind(12, e.tokenEpoch)
        .run();
}

void Store::updateEndpoint(const EndpointRecord& e)
{
    bindEndpoint(
        m_db.prepare(
            "UPDATE endpoints SET description = ?2, tags = ?3, auth_enabled = ?4, token_auth_enabled = ?5, "
            "primary_key = ?6, secondary_key = ?7, primary_rotated_at = ?8, secondary_rotated_at = ?9, "
            "updated_at = ?10, token_epoch = ?11 WHERE name = ?1"),
        e)
        .bind(10, e.updatedAt)
        .bind(11, e.tokenEpoch)
        .run();
}

void Store::deleteEndpoint(const std::string& name)
{
    m_db.prepare("DELETE FROM endpoints WHERE name = ?1").bind(1, name).run();
}

VersionRecord Store::readVersion(Statement& s)
{
    VersionRecord v;
    v.endpoint = s.text(0);
    auto json = nlohmann::json::parse(s.text(2), nullptr, false);
    auto spec = VersionSpec::fromStored(json); // rules tightened since it was stored must not lock it out
    if (!spec)
        throw StoreError("stored version " + v.endpoint + "/" + s.text(1) +
                         " is unreadable: " + spec.error().message);
    v.spec = std::move(spec).value();
    v.position = static_cast<int>(s.integer(3));
    v.createdAt = s.text(4);
    v.updatedAt = s.text(5);
    return v;
}

std::vector<VersionRecord> Store::listVersions(const std::string& endpoint)
{
    return m_db
        .prepare(std::string("SELECT ") + kVersionColumns +
                 " FROM versions WHERE endpoint = ?1 ORDER BY position")
        .bind(1, endpoint)
        .rows([this](Statement& s) { return readVersion(s); });
}

std::vector<VersionRecord> Store::listAllVersions()
{
    return m_db
        .prepare(std::string("SELECT ") + kVersionColumns + " FROM versions ORDER BY endpoint, position")
        .rows([this](Statement& s) { return readVersion(s); });
}

void Store::insertVersion(const VersionRecord& v)
{
    m_db.prepare("INSERT INTO versions (endpoint, name, spec, position, created_at, updated_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, v.endpoint)
        .bind(2, v.spec.versionName)
        .bind(3, jsonText(v.spec.toJson()))
        .bind(4, v.position)
        .bind(5, v.createdAt)
        .bind(6, v.updatedAt)
        .run();
}

void Store::updateVersion(const VersionRecord& v)
{
    m_db.prepare("UPDATE versions SET spec = ?3, updated_at = ?4 WHERE endpoint = ?1 AND name = ?2")
        .bind(1, v.endpoint)
        .bind(2, v.spec.versionName)
        .bind(3, jsonText(v.spec.toJson()))
        .bind(4, v.updatedAt)
        .run();
}

void Store::deleteVersion(const std::string& endpoint, const std::string& name)
{
    m_db.prepare("DELETE FROM versions WHERE endpoint = ?1 AND name = ?2")
        .bind(1, endpoint)
        .bind(2, name)
        .run();
}

std::int64_t Store::appendEvent(const EventRecord& e, const std::string& actor)
{
    m_db.prepare("INSERT INTO events (time, endpoint, version, kind, detail, actor) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, e.time)
        .bind(2, e.endpoint)
        .bind(3, e.version)
        .bind(4, e.kind)
        .bind(5, jsonText(e.detail))
        .bind(6, actor)
        .run();
    return m_db.lastInsertRowId();
}

std::vector<StoredEvent> Store::eventsFrom(std::int64_t seq, int limit, const std::string& actor)
{
    auto& s = actor.empty()
                  ? m_db.prepare("SELECT seq, time, endpoint, version, kind, detail, actor FROM events "
                                 "WHERE seq >= ?1 ORDER BY seq LIMIT ?2")
                  : m_db.prepare("SELECT seq, time, endpoint, version, kind, detail, actor FROM events "
                                 "WHERE actor = ?3 AND seq >= ?1 ORDER BY seq LIMIT ?2");
    s.bind(1, seq).bind(2, limit);
    if (!actor.empty())
        s.bind(3, actor);
    return s.rows([](Statement& row) {
        auto detail = nlohmann::json::parse(row.text(5), nullptr, false);
        return StoredEvent{{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4),
                            detail.is_discarded() ? nlohmann::json::object() : detail},
                           row.text(6)};
    });
}

std::int64_t Store::lastEventSeq()
{
    return m_db.prepare("SELECT COALESCE(MAX(seq), 0) FROM events").scalar();
}

namespace {
const char* const kOperatorColumns = "name, role, token_sha256, created_at, expires_at, last_used_at";

OperatorRecord readOperator(Statement& s)
{
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4), s.integer(5)};
}
} // namespace

std::vector<OperatorRecord> Store::listOperators()
{
    return m_db.prepare(std::string("SELECT ") + kOperatorColumns + " FROM operators ORDER BY name")
        .rows(readOperator);
}

std::optional<OperatorRecord> Store::findOperator(const std::string& name)
{
    return m_db.prepare(std::string("SELECT ") + kOperatorColumns + " FROM operators WHERE name = ?1")
        .bind(1, name)
        .firstRow(readOperator);
}

void Store::insertOperator(const OperatorRecord& o)
{
    m_db.prepare("INSERT INTO operators (name, role, token_sha256, created_at, expires_at, last_used_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, o.name)
        .bind(2, o.role)
        .bind(3, o.tokenSha256)
        .bind(4, o.createdAt)
        .bind(5, o.expiresAt)
        .bind(6, o.lastUsedAt)
        .run();
}

void Store::deleteOperator(const std::string& name)
{
    m_db.prepare("DELETE FROM operators WHERE name = ?1").bind(1, name).run();
}

void Store::setOperatorLastUsed(const std::string& name, std::int64_t unixSeconds)
{
    m_db.prepare("UPDATE operators SET last_used_at = ?2 WHERE name = ?1")
        .bind(1, name)
        .bind(2, unixSeconds)
        .run();
}

std::optional<std::string> Store::meta(const std::string& key)
{
    return m_db.prepare("SELECT value FROM meta WHERE key = ?1").bind(1, key).firstRow([](Statement& s) {
        return s.text(0);
    });
}

void Store::setMeta(const std::string& key, const std::string& value)
{
    m_db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2")
        .bind(1, key)
        .bind(2, value)
        .run();
}

} // namespace switchyard::server
