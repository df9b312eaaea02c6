#include "Database.h"

#include <map>
#include <memory>

#include <sqlite3.h>

namespace switchyard::server {

struct Database::Cache
{
    std::map<std::string, std::unique_ptr<Statement>> statements;
};

Database::Database(const std::string& path)
{
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError("cannot open " + path + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    m_cache = new Cache;
}

Database::~Database()
{
    delete m_cache; // statements must be finalized before the connection closes
    sqlite3_close(m_db);
}

void Database::fail(const std::string& what) const
{
    if (sqlite3_errcode(m_db) == SQLITE_FULL)
        throw DiskFullError(what + ": " + sqlite3_errmsg(m_db));
    throw StoreError(what + ": " + sqlite3_errmsg(m_db));
}

void Database::exec(std::string_view sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        if (sqlite3_errcode(m_db) == SQLITE_FULL)
            throw DiskFullError("SQL failed: " + message);
        throw StoreError("SQL failed: " + message);
    }
}

Statement& Database::prepare(const std::string& sql)
{
    auto& slot = m_cache->statements[sql];
    if (!slot)
        slot = std::make_unique<Statement>(*this, sql);
    return slot->reset();
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(Database& db, const std::string& sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db.handle(), sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK)
        db.fail("prepare");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db.fail("bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail("step");
}

void Statement::run()
{
    ResetOnExit resetting(*this);
    while (step()) {
    }
}

std::int64_t Statement::scalar()
{
    return firstRow([](Statement& s) { return s.integer(0); }).value_or(0);
}

std::string Statement::text(int column) const
{
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const StoreError&) {
            // Nothing more to do: the connection already rolled back on the failure that got us here.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace switchyard::server
