#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace switchyard::server {

// A failed SQLite call. Stays inside the server: the API turns it into a 500 after rolling back.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The data dir's disk is full (SQLITE_FULL, ENOSPC): the change was rolled back; it may succeed once
// space is freed. The API answers 507 rather than 500.
class DiskFullError : public StoreError
{
public:
    using StoreError::StoreError;
};

class Statement;

// One SQLite connection. Not thread-safe: the server uses it from its single store thread only.
class Database
{
public:
    explicit Database(const std::string& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    // Statements are prepared once and cached by their text.
    Statement& prepare(const std::string& sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }

    [[noreturn]] void fail(const std::string& what) const;

private:
    sqlite3* m_db = nullptr;
    struct Cache;
    Cache* m_cache = nullptr;
};

// A prepared statement: bind by 1-based index, then either step and read columns (reset() before reuse)
// or let rows()/firstRow()/scalar()/run() do the stepping and the reset.
class Statement
{
public:
    Statement(Database& db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& reset();
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bindNull(int index);
    // True while a row is available.
    bool step();
    void run(); // step once, expecting no row

    // Every row, as read(statement) makes it from the current row's columns.
    template <class Read>
    auto rows(Read read) -> std::vector<std::invoke_result_t<Read&, Statement&>>;
    // The first row, if there is one.
    template <class Read>
    auto firstRow(Read read) -> std::optional<std::invoke_result_t<Read&, Statement&>>;
    // The first column of the first row as an integer, 0 without a row (COUNT, MAX, a PRAGMA).
    std::int64_t scalar();

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    bool isNull(int column) const;

private:
    // Resets the statement when the reading ends, by its last row, an early return or a throw: a
    // statement left mid-way would keep its read snapshot (and the WAL behind it) open until next used.
    class ResetOnExit
    {
    public:
        explicit ResetOnExit(Statement& s) : m_statement(s) {}
        ~ResetOnExit() { m_statement.reset(); }
        ResetOnExit(const ResetOnExit&) = delete;
        ResetOnExit& operator=(const ResetOnExit&) = delete;

    private:
        Statement& m_statement;
    };

    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

template <class Read>
auto Statement::rows(Read read) -> std::vector<std::invoke_result_t<Read&, Statement&>>
{
    ResetOnExit resetting(*this);
    std::vector<std::invoke_result_t<Read&, Statement&>> out;
    while (step())
        out.push_back(read(*this));
    return out;
}

template <class Read>
auto Statement::firstRow(Read read) -> std::optional<std::invoke_result_t<Read&, Statement&>>
{
    ResetOnExit resetting(*this);
    if (!step())
        return std::nullopt;
    return read(*this);
}

// Begins on construction; rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace switchyard::server
