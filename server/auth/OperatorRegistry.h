#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "Result.h"
#include "Role.h"

namespace switchyard::server {

// Who a management credential belongs to.
struct Identity
{
    std::string name;
    Role role = Role::Viewer;
    std::int64_t expiresAt = 0; // Unix seconds; 0: never
};

// One named operator credential as the registry knows it: never the token, only its SHA-256 (hex).
struct OperatorCredential
{
    std::string name;
    Role role = Role::Viewer;
    std::string tokenSha256;
    std::int64_t expiresAt = 0; // Unix seconds; 0: never
};

// Every credential that opens the management API, in memory so that a request's header is checked on
// the I/O thread without the store: the data dir's admin token (the bootstrap admin, named "admin") and
// the named operators. The store thread adds and removes operators as their changes commit, so a
// revocation holds for the next request. Thread-safe.
class OperatorRegistry
{
public:
    static constexpr const char* kBootstrapName = "admin";

    explicit OperatorRegistry(std::string adminToken);

    void replaceAll(const std::vector<OperatorCredential>& operators);
    void add(const OperatorCredential& credential);
    void remove(const std::string& name);

    // The identity of `bearer` at `now` (Unix seconds), or the 401 saying why not (unknown, expired).
    // The admin token is compared in constant time; an operator's token is looked up by its SHA-256,
    // which reveals nothing about the token through timing. Records the operator's last use.
    Result<Identity> identify(std::string_view bearer, std::int64_t now) const;
    // When `name` was last identified (Unix seconds; 0: not since the server started).
    std::int64_t lastUsed(const std::string& name) const;
    // True once a minute per operator: time to write its last use to the store.
    bool takeLastUsedWrite(const std::string& name, std::int64_t now);

private:
    mutable std::mutex m_mutex;
    std::string m_adminToken;
    std::map<std::string, OperatorCredential> m_byHash;
    mutable std::map<std::string, std::int64_t> m_lastUsed;
    std::map<std::string, std::int64_t> m_lastWritten;
};

} // namespace switchyard::server
