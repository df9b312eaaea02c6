#include "OperatorService.h"

#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "JsonReader.h"
#include "Names.h"

namespace switchyard::server {
namespace {

nlohmann::json timeOrNull(std::int64_t unixSeconds)
{
    return unixSeconds == 0 ? nlohmann::json(nullptr) : nlohmann::json(Clock::rfc3339(unixSeconds));
}

OperatorCredential credentialOf(const OperatorRecord& record)
{
    return {record.name, parseRole(record.role).value_or(Role::Viewer), record.tokenSha256, record.expiresAt};
}

Error reserved()
{
    return Error::conflict("ReservedName",
                           std::string("'") + OperatorRegistry::kBootstrapName +
                               "' is the data dir's admin token; replace that file to change it.",
                           "name");
}

} // namespace

OperatorService::OperatorService(ServiceContext& ctx, OperatorRegistry& registry)
    : m_ctx(ctx), m_registry(registry)
{
    std::vector<OperatorCredential> credentials;
    for (const auto& record : m_ctx.store.listOperators())
        credentials.push_back(credentialOf(record));
    m_registry.replaceAll(credentials);
}

Result<nlohmann::json> OperatorService::create(const nlohmann::json& body)
{
    std::string name, role;
    int expiresIn = 0;
    JsonReader reader(body);
    reader.required("name", name);
    reader.required("role", role);
    const bool expires = reader.optional("expires_in_seconds", expiresIn);
    if (auto s = reader.finish(); !s)
        return s.error();
    if (auto s = validateResourceName(name, "name"); !s)
        return s.error();
    if (name == OperatorRegistry::kBootstrapName)
        return reserved();
    const auto parsedRole = parseRole(role);
    if (!parsedRole)
        return Error::badRequest("InvalidValue", "role must be \"viewer\", \"operator\" or \"admin\".",
                                 "role");
    if (expires && (expiresIn < 1 || expiresIn > kMaxExpiresInSeconds))
        return Error::badRequest("InvalidValue",
                                 "expires_in_seconds must be a whole number between 1 and " +
                                     std::to_string(kMaxExpiresInSeconds) + ".",
                                 "expires_in_seconds");

    Transaction tx(m_ctx.store.db());
    if (m_ctx.store.findOperator(name))
        return Error::conflict("OperatorExists", "There is already an operator '" + name + "'.", "name");
    const std::string token = Crypto::randomToken(32);
    const auto now = Clock::unixSeconds();
    OperatorRecord record{name,
                          roleName(*parsedRole),
                          Crypto::sha256Hex(token),
                          Clock::nowRfc3339(),
                          expires ? now + expiresIn : 0,
                          0};
    m_ctx.store.insertOperator(record);
    m_ctx.events.append(
        {0,
         {},
         {},
         {},
         "OperatorCreated",
         {{"name", name}, {"role", record.role}, {"expires_at", timeOrNull(record.expiresAt)}}});
    tx.commit();
    m_ctx.events.committed();
    m_registry.add(credentialOf(record));
    return nlohmann::json{{"name", name},
                          {"role", record.role},
                          {"token", token},
                          {"created_at", record.createdAt},
                          {"expires_at", timeOrNull(record.expiresAt)}};
}

nlohmann::json OperatorService::list()
{
    nlohmann::json operators = nlohmann::json::array();
    for (const auto& o : m_ctx.store.listOperators())
        operators.push_back(
            {{"name", o.name},
             {"role", o.role},
             {"created_at", o.createdAt},
             {"expires_at", timeOrNull(o.expiresAt)},
             {"last_used_at", timeOrNull(std::max(o.lastUsedAt, m_registry.lastUsed(o.name)))}});
    return {{"operators", operators}};
}

Status OperatorService::remove(const std::string& name)
{
    if (name == OperatorRegistry::kBootstrapName)
        return reserved();
    Transaction tx(m_ctx.store.db());
    if (!m_ctx.store.findOperator(name))
        return Error::notFound("There is no operator '" + name + "'.");
    m_ctx.store.deleteOperator(name);
    m_ctx.events.append({0, {}, {}, {}, "OperatorDeleted", {{"name", name}}});
    tx.commit();
    m_ctx.events.committed();
    // From the next request on, the credential is refused (the I/O threads ask the registry).
    m_registry.remove(name);
    return {};
}

nlohmann::json OperatorService::whoami(const Identity& identity)
{
    return {{"name", identity.name},
            {"role", roleName(identity.role)},
            {"bootstrap", identity.name == OperatorRegistry::kBootstrapName},
            {"expires_at", timeOrNull(identity.expiresAt)}};
}

void OperatorService::recordUse(const std::string& name)
{
    if (name == OperatorRegistry::kBootstrapName)
        return;
    const auto now = Clock::unixSeconds();
    if (m_registry.takeLastUsedWrite(name, now))
        m_ctx.store.setOperatorLastUsed(name, now);
}

} // namespace switchyard::server
