#include "EndpointService.h"

#include "Clock.h"
#include "Crypto.h"
#include "EndpointSpec.h"
#include "EndpointView.h"
#include "JsonReader.h"

namespace switchyard::server {
namespace {

Error endpointNotFound(const std::string& name)
{
    return Error::notFound("There is no endpoint '" + name + "'.");
}

nlohmann::json keysJson(const EndpointRecord& e)
{
    return {{"primary_key", e.primaryKey},
            {"secondary_key", e.secondaryKey},
            {"primary_rotated_at", e.primaryRotatedAt},
            {"secondary_rotated_at", e.secondaryRotatedAt}};
}

} // namespace

Result<EndpointState> EndpointService::load(const std::string& name)
{
    auto state = EndpointState::load(m_ctx.store, name);
    if (!state)
        return endpointNotFound(name);
    return std::move(*state);
}

nlohmann::json EndpointService::cluster()
{
    const auto allocated = m_ctx.allocated();
    const BackendStatus backend = m_ctx.dataPlane.backendStatus();
    const auto nullIfEmpty = [](const std::string& text) {
        return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
    };
    return {
        {"name", m_ctx.cluster.name},
        {"purpose", m_ctx.cluster.purpose},
        {"autoscaler_enabled", m_ctx.cluster.purpose == "FastProd"},
        {"backend", backend.backend},
        {"namespace", nullIfEmpty(backend.namespaceName)},
        {"backend_state", backend.degraded ? "degraded" : "ok"},
        // A degraded backend always says why, even when it gave no sentence of its own.
        {"backend_message",
         backend.degraded
             ? nlohmann::json(backend.message.empty() ? "The replica backend is degraded." : backend.message)
             : nlohmann::json(nullptr)},
        {"capacity",
         {{"cpu_cores", m_ctx.cluster.capacity.cpuCores}, {"memory_gb", m_ctx.cluster.capacity.memoryGb}}},
        {"allocated", {{"cpu_cores", allocated.cpuCores}, {"memory_gb", allocated.memoryGb}}},
        {"server_version", SWITCHYARD_VERSION},
        {"endpoint_count", m_ctx.store.listEndpoints().size()}};
}

nlohmann::json EndpointService::list()
{
    nlohmann::json endpoints = nlohmann::json::array();
    for (const auto& e : m_ctx.store.listEndpoints())
        if (auto state = EndpointState::load(m_ctx.store, e.name))
            endpoints.push_back(EndpointView::summary(m_ctx, *state));
    return {{"endpoints", endpoints}};
}

Result<nlohmann::json> EndpointService::create(const nlohmann::json& body)
{
    auto parsed = EndpointSpec::fromJson(body);
    if (!parsed)
        return parsed.error();
    const EndpointSpec& spec = *parsed;
    Transaction tx(m_ctx.store.db());
    if (m_ctx.store.findEndpoint(spec.name))
        return Error::conflict("AlreadyExists", "An endpoint named '" + spec.name + "' already exists.",
                               "name");
    auto prefixed = [](Error e) {
        if (e.target)
            e.target = "version." + *e.target;
        return e;
    };
    if (auto s = checkModelExists(spec.version, [&](const ModelRef& r) { return m_ctx.models.has(r); }); !s)
        return prefixed(s.error());
    if (auto s = checkCapacity(spec.version, m_ctx.cluster.capacity - m_ctx.allocated()); !s)
        return prefixed(s.error());
    TrafficPlan plan;
    if (auto s = plan.addVersion({spec.version.versionName, spec.version.trafficPercentile,
                                  spec.version.isDefault, spec.version.isControlVersionType});
        !s)
        return prefixed(s.error());

    const auto now = Clock::nowRfc3339();
    EndpointState state;
    state.endpoint = {spec.name,
                      spec.description,
                      spec.tags,
                      spec.authEnabled,
                      spec.tokenAuthEnabled,
                      Crypto::randomToken(),
                      Crypto::randomToken(),
                      now,
                      now,
                      now,
                      now,
                      Crypto::randomToken(16)};
    state.versions.push_back({spec.name, spec.version, 0, now, now});
    state.applyPlan(plan);
    m_ctx.store.insertEndpoint(state.endpoint);
    m_ctx.store.insertVersion(state.versions.front());
    m_ctx.events.append({0,
                         {},
                         spec.name,
                         {},
                         "EndpointCreated",
                         {{"auth_mode", toString(spec.authMode())}, {"version", spec.version.versionName}}});
    m_ctx.events.append({0,
                         {},
                         spec.name,
                         spec.version.versionName,
                         "VersionCreated",
                         {{"model", spec.version.model}, {"traffic", plan.effective()}}});
    tx.commit();
    m_ctx.events.committed();
    m_ctx.dataPlane.applyEndpoint(EndpointView::runtimeConfig(m_ctx, state));
    return EndpointView::endpoint(m_ctx, state);
}

Result<nlohmann::json> EndpointService::get(const std::string& name)
{
    auto state = load(name);
    if (!state)
        return state.error();
    return EndpointView::endpoint(m_ctx, *state);
}

Result<nlohmann::json> EndpointService::patch(const std::string& name, const nlohmann::json& body)
{
    auto parsed = EndpointPatch::fromJson(body);
    if (!parsed)
        return parsed.error();
    const EndpointPatch& patch = *parsed;
    Transaction tx(m_ctx.store.db());
    auto state = load(name);
    if (!state)
        return state.error();
    EndpointRecord& e = state->endpoint;
    const bool authEnabled = patch.authEnabled.value_or(e.authEnabled);
    const bool tokenAuthEnabled = patch.tokenAuthEnabled.value_or(e.tokenAuthEnabled);
    if (auto s = validateAuthChoice(authEnabled, tokenAuthEnabled); !s)
        return s.error();
    const auto authBefore = authModeFor(e.authEnabled, e.tokenAuthEnabled);
    e.description = patch.description.value_or(e.description);
    e.tags = patch.tags.value_or(e.tags);
    e.authEnabled = authEnabled;
    e.tokenAuthEnabled = tokenAuthEnabled;
    e.updatedAt = Clock::nowRfc3339();
    m_ctx.store.updateEndpoint(e);
    nlohmann::json detail{{"changed", patch.toJson()}};
    if (authBefore != authModeFor(authEnabled, tokenAuthEnabled))
        detail["auth_mode"] = {{"from", toString(authBefore)},
                               {"to", toString(authModeFor(authEnabled, tokenAuthEnabled))}};
    m_ctx.events.append({0, {}, name, {}, "EndpointUpdated", detail});
    tx.commit();
    m_ctx.events.committed();
    m_ctx.dataPlane.applyEndpoint(EndpointView::runtimeConfig(m_ctx, *state));
    return EndpointView::endpoint(m_ctx, *state);
}

Status EndpointService::remove(const std::string& name)
{
    Transaction tx(m_ctx.store.db());
    if (!m_ctx.store.findEndpoint(name))
        return endpointNotFound(name);
    m_ctx.store.deleteEndpoint(name);
    m_ctx.events.append({0, {}, name, {}, "EndpointDeleted", nlohmann::json::object()});
    tx.commit();
    m_ctx.events.committed();
    m_ctx.dataPlane.removeEndpoint(name);
    return {};
}

Result<nlohmann::json> EndpointService::keys(const std::string& name)
{
    auto state = load(name);
    if (!state)
        return state.error();
    if (authModeFor(state->endpoint.authEnabled, state->endpoint.tokenAuthEnabled) != AuthMode::Key)
        return Error::conflict("KeyAuthDisabled", "The endpoint '" + name + "' does not use key auth.");
    return keysJson(state->endpoint);
}

Result<nlohmann::json> EndpointService::regenerateKey(const std::string& name, const nlohmann::json& body)
{
    std::string keyType;
    JsonReader reader(body);
    reader.required("key_type", keyType);
    if (auto s = reader.finish(); !s)
        return s.error();
    if (keyType != "Primary" && keyType != "Secondary")
        return Error::badRequest("InvalidValue", "key_type must be \"Primary\" or \"Secondary\".",
                                 "key_type");
    Transaction tx(m_ctx.store.db());
    auto state = load(name);
    if (!state)
        return state.error();
    EndpointRecord& e = state->endpoint;
    if (authModeFor(e.authEnabled, e.tokenAuthEnabled) != AuthMode::Key)
        return Error::conflict("KeyAuthDisabled", "The endpoint '" + name + "' does not use key auth.");
    const auto now = Clock::nowRfc3339();
    (keyType == "Primary" ? e.primaryKey : e.secondaryKey) = Crypto::randomToken();
    (keyType == "Primary" ? e.primaryRotatedAt : e.secondaryRotatedAt) = now;
    e.updatedAt = now;
    e.tokenEpoch = Crypto::randomToken(16); // new keys end every token minted before them as well
    m_ctx.store.updateEndpoint(e);
    m_ctx.events.append({0, {}, name, {}, "KeyRegenerated", {{"key_type", keyType}}});
    tx.commit();
    m_ctx.events.committed();
    // The replaced key stops working with this call: the router gets the new pair now.
    m_ctx.dataPlane.applyEndpoint(EndpointView::runtimeConfig(m_ctx, *state));
    return keysJson(e);
}

Result<nlohmann::json> EndpointService::mintToken(const std::string& name)
{
    auto state = load(name);
    if (!state)
        return state.error();
    if (authModeFor(state->endpoint.authEnabled, state->endpoint.tokenAuthEnabled) != AuthMode::Token)
        return Error::conflict("TokenAuthDisabled", "The endpoint '" + name + "' does not use token auth.");
    const auto token = m_ctx.jwt->mint(name, state->endpoint.tokenEpoch);
    return nlohmann::json{{"access_token", token.accessToken},
                          {"token_type", "Bearer"},
                          {"expiry_on", token.expiryOn},
                          {"refresh_after", token.refreshAfter}};
}

Status EndpointService::revokeTokens(const std::string& name)
{
    Transaction tx(m_ctx.store.db());
    auto state = load(name);
    if (!state)
        return state.error();
    state->endpoint.tokenEpoch = Crypto::randomToken(16);
    state->endpoint.updatedAt = Clock::nowRfc3339();
    m_ctx.store.updateEndpoint(state->endpoint);
    m_ctx.events.append({0, {}, name, {}, "TokensRevoked", nlohmann::json::object()});
    tx.commit();
    m_ctx.events.committed();
    // Every token minted so far stops working with this call.
    m_ctx.dataPlane.applyEndpoint(EndpointView::runtimeConfig(m_ctx, *state));
    return {};
}

void EndpointService::reconcile()
{
    for (const auto& e : m_ctx.store.listEndpoints())
        EndpointView::publish(m_ctx, e.name);
}

} // namespace switchyard::server
