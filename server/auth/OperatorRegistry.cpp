#include "OperatorRegistry.h"

#include <ctime>

#include "Crypto.h"

namespace switchyard::server {

namespace {
constexpr std::int64_t kLastUsedWriteInterval = 60;

std::string utc(std::int64_t unixSeconds)
{
    char text[32] = {};
    const auto t = static_cast<std::time_t>(unixSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}
} // namespace

OperatorRegistry::OperatorRegistry(std::string adminToken) : m_adminToken(std::move(adminToken)) {}

void OperatorRegistry::replaceAll(const std::vector<OperatorCredential>& operators)
{
    std::lock_guard lock(m_mutex);
    m_byHash.clear();
    for (const auto& o : operators)
        m_byHash[o.tokenSha256] = o;
}

void OperatorRegistry::add(const OperatorCredential& credential)
{
    std::lock_guard lock(m_mutex);
    m_byHash[credential.tokenSha256] = credential;
}

void OperatorRegistry::remove(const std::string& name)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_byHash, [&](const auto& entry) { return entry.second.name == name; });
    m_lastUsed.erase(name);
    m_lastWritten.erase(name);
}

Result<Identity> OperatorRegistry::identify(std::string_view bearer, std::int64_t now) const
{
    if (bearer.empty())
        return Error::unauthorized("This route needs 'Authorization: Bearer <operator credential>'.");
    if (!m_adminToken.empty() && Crypto::constantTimeEquals(bearer, m_adminToken))
        return Identity{kBootstrapName, Role::Admin, 0};
    const std::string hash = Crypto::sha256Hex(bearer);
    std::lock_guard lock(m_mutex);
    const auto it = m_byHash.find(hash);
    if (it == m_byHash.end())
        return Error::unauthorized("This route needs 'Authorization: Bearer <operator credential>'; the "
                                   "credential given is not one, or was revoked.");
    const auto& credential = it->second;
    if (credential.expiresAt != 0 && now >= credential.expiresAt)
        return Error::unauthorized("The operator credential '" + credential.name + "' expired at " +
                                   utc(credential.expiresAt) + ".");
    m_lastUsed[credential.name] = now;
    return Identity{credential.name, credential.role, credential.expiresAt};
}

std::int64_t OperatorRegistry::lastUsed(const std::string& name) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_lastUsed.find(name);
    return it == m_lastUsed.end() ? 0 : it->second;
}

bool OperatorRegistry::takeLastUsedWrite(const std::string& name, std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    auto& written = m_lastWritten[name];
    if (now - written < kLastUsedWriteInterval)
        return false;
    written = now;
    return true;
}

} // namespace switchyard::server
