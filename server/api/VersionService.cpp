#include "VersionService.h"

#include "Clock.h"
#include "EndpointView.h"
#include "VersionPatch.h"

namespace switchyard::server {
namespace {

Error versionNotFound(const std::string& endpoint, const std::string& version)
{
    return Error::notFound("The endpoint '" + endpoint + "' has no version '" + version + "'.");
}

std::vector<VersionSpec> specsOf(const EndpointState& state)
{
    std::vector<VersionSpec> specs;
    for (const auto& v : state.versions)
        specs.push_back(v.spec);
    return specs;
}

} // namespace

Result<EndpointState> VersionService::load(const std::string& endpoint)
{
    auto state = EndpointState::load(m_ctx.store, endpoint);
    if (!state)
        return Error::notFound("There is no endpoint '" + endpoint + "'.");
    return std::move(*state);
}

void VersionService::applyAndStore(EndpointState& state, const TrafficPlan& plan,
                                   std::vector<VersionSpec> specsBefore, const std::string& touched)
{
    const auto now = Clock::nowRfc3339();
    state.applyPlan(plan);
    for (std::size_t i = 0; i < state.versions.size(); ++i) {
        auto& v = state.versions[i];
        if (v.spec != specsBefore[i] || (!touched.empty() && v.spec.versionName == touched)) {
            v.updatedAt = now;
            m_ctx.store.updateVersion(v);
        }
    }
}

void VersionService::finish(Transaction& tx, const std::string& endpoint, const TrafficPlan& before,
                            const TrafficPlan& plan, const EndpointState& state)
{
    EndpointState::recordPlanChanges(m_ctx.events, endpoint, before, plan);
    tx.commit();
    m_ctx.events.committed();
    m_ctx.dataPlane.applyEndpoint(EndpointView::runtimeConfig(m_ctx, state));
}

// The start of every change: the body read with Input::fromJson (a bad body is refused before anything
// else), then one transaction around the endpoint's state, which `apply` changes and commits.
template <class Input, class Apply>
Result<nlohmann::json> VersionService::change(const std::string& endpoint, const nlohmann::json& body,
                                              Apply apply)
{
    auto input = Input::fromJson(body);
    if (!input)
        return input.error();
    Transaction tx(m_ctx.store.db());
    auto state = load(endpoint);
    if (!state)
        return state.error();
    return apply(*input, state.value(), tx);
}

Result<nlohmann::json> VersionService::create(const std::string& endpoint, const nlohmann::json& body)
{
    return change<VersionSpec>(
        endpoint, body,
        [&](const VersionSpec& spec, EndpointState& state, Transaction& tx) -> Result<nlohmann::json> {
            const TrafficPlan before = state.plan();
            TrafficPlan plan = before;
            if (auto s = plan.addVersion(
                    {spec.versionName, spec.trafficPercentile, spec.isDefault, spec.isControlVersionType});
                !s)
                return s.error();
            if (auto s = checkModelExists(spec, [&](const ModelRef& r) { return m_ctx.models.has(r); }); !s)
                return s.error();
            if (auto s = checkCapacity(spec, m_ctx.cluster.capacity - m_ctx.allocated()); !s)
                return s.error();

            const auto now = Clock::nowRfc3339();
            int position = 0;
            for (const auto& v : state.versions)
                position = std::max(position, v.position + 1);
            state.versions.push_back({endpoint, spec, position, now, now});
            const auto roleBefore = [&](const VersionRecord& v) {
                return std::tuple(v.spec.trafficPercentile, v.spec.isDefault, v.spec.isControlVersionType);
            };
            std::vector<std::tuple<int, bool, bool>> rolesBefore;
            for (const auto& v : state.versions)
                rolesBefore.push_back(roleBefore(v));
            state.applyPlan(plan);
            for (std::size_t i = 0; i + 1 < state.versions.size(); ++i) {
                if (roleBefore(state.versions[i]) != rolesBefore[i]) {
                    state.versions[i].updatedAt = now;
                    m_ctx.store.updateVersion(state.versions[i]);
                }
            }
            m_ctx.store.insertVersion(state.versions.back());
            m_ctx.events.append({0,
                                 {},
                                 endpoint,
                                 spec.versionName,
                                 "VersionCreated",
                                 {{"model", spec.model}, {"traffic_percentile", spec.trafficPercentile}}});
            finish(tx, endpoint, before, plan, state);
            return EndpointView::version(m_ctx, state, state.versions.back());
        });
}

Result<nlohmann::json> VersionService::get(const std::string& endpoint, const std::string& version)
{
    auto state = load(endpoint);
    if (!state)
        return state.error();
    const auto* v = state->find(version);
    if (!v)
        return versionNotFound(endpoint, version);
    return EndpointView::version(m_ctx, *state, *v);
}

Result<nlohmann::json> VersionService::patch(const std::string& endpoint, const std::string& version,
                                             const nlohmann::json& body)
{
    return change<VersionPatch>(
        endpoint, body,
        [&](const VersionPatch& patch, EndpointState& state, Transaction& tx) -> Result<nlohmann::json> {
            VersionRecord* record = state.find(version);
            if (!record)
                return versionNotFound(endpoint, version);
            const TrafficPlan before = state.plan();
            TrafficPlan plan = before;
            if (auto s = plan.updateVersion(version, patch.trafficPercentile, patch.isDefault,
                                            patch.isControlVersionType);
                !s)
                return s.error();
            auto updated = patch.applyTo(record->spec);
            if (!updated)
                return updated.error();
            // Only a version that needs more than it holds now can run out of room.
            if (updated->minimumReplicas() > record->spec.minimumReplicas() ||
                !(replicaResources(*updated) * updated->minimumReplicas())
                     .fits(replicaResources(record->spec) * record->spec.minimumReplicas())) {
                if (auto s =
                        checkCapacity(*updated, m_ctx.cluster.capacity - m_ctx.allocated(endpoint, version));
                    !s)
                    return s.error();
            }

            auto specsBefore = specsOf(state);
            record->spec = std::move(updated).value();
            applyAndStore(state, plan, std::move(specsBefore), version);
            m_ctx.events.append({0, {}, endpoint, version, "VersionUpdated", {{"changed", patch.toJson()}}});
            finish(tx, endpoint, before, plan, state);
            return EndpointView::version(m_ctx, state, *state.find(version));
        });
}

Status VersionService::remove(const std::string& endpoint, const std::string& version)
{
    Transaction tx(m_ctx.store.db());
    auto state = load(endpoint);
    if (!state)
        return state.error();
    if (!state->find(version))
        return versionNotFound(endpoint, version);
    const TrafficPlan before = state->plan();
    TrafficPlan plan = before;
    if (auto s = plan.removeVersion(version); !s)
        return s.error();
    m_ctx.store.deleteVersion(endpoint, version);
    std::erase_if(state->versions, [&](const auto& v) { return v.spec.versionName == version; });
    m_ctx.events.append({0, {}, endpoint, version, "VersionDeleted", nlohmann::json::object()});
    finish(tx, endpoint, before, plan, *state);
    return {};
}

Result<nlohmann::json> VersionService::setTraffic(const std::string& endpoint, const nlohmann::json& body)
{
    return change<TrafficRequest>(
        endpoint, body,
        [&](const TrafficRequest& request, EndpointState& state, Transaction& tx) -> Result<nlohmann::json> {
            const TrafficPlan before = state.plan();
            TrafficPlan plan = before;
            if (auto s = plan.reallocate(request); !s)
                return s.error();
            applyAndStore(state, plan, specsOf(state));
            finish(tx, endpoint, before, plan, state);
            return EndpointView::endpoint(m_ctx, state);
        });
}

Result<std::string> VersionService::logs(const std::string& endpoint, const std::string& version, int tail)
{
    auto state = load(endpoint);
    if (!state)
        return state.error();
    if (!state->find(version))
        return versionNotFound(endpoint, version);
    return m_ctx.dataPlane.logs(endpoint, version, tail);
}

Result<nlohmann::json> VersionService::metrics(const std::string& endpoint, int seconds)
{
    auto state = load(endpoint);
    if (!state)
        return state.error();
    return m_ctx.dataPlane.metrics(endpoint, seconds);
}

Result<nlohmann::json> VersionService::collected(const std::string& endpoint, const std::string& version,
                                                 int limit)
{
    auto state = load(endpoint);
    if (!state)
        return state.error();
    const auto* v = state->find(version);
    if (!v)
        return versionNotFound(endpoint, version);
    if (!v->spec.collectModelData)
        return Error::conflict("CollectionDisabled",
                               "The version '" + version +
                                   "' does not collect model data; set collect_model_data.",
                               "collect_model_data");
    return m_ctx.dataPlane.collected(endpoint, version, limit);
}

Result<nlohmann::json> VersionService::replicas(const std::string& endpoint, const std::string& version)
{
    auto state = load(endpoint);
    if (!state)
        return state.error();
    if (!state->find(version))
        return versionNotFound(endpoint, version);
    nlohmann::json list = nlohmann::json::array();
    const auto nowMs = Clock::unixSeconds() * 1000; // age in whole seconds is all an operator reads
    // Stored but not yet handed to the data plane (a moment after creation): no replica yet.
    for (const auto& r : m_ctx.dataPlane.replicas(endpoint, version).value_or(std::vector<ReplicaDetail>{}))
        list.push_back({{"id", r.id},
                        {"address", r.address},
                        {"state", r.state},
                        {"inflight", r.inflight},
                        {"restarts", r.restarts},
                        {"started_at", Clock::rfc3339Millis(r.startedAtUnixMs)},
                        {"age_seconds", std::max<std::int64_t>(0, (nowMs - r.startedAtUnixMs) / 1000)}});
    return nlohmann::json{{"replicas", std::move(list)}};
}

} // namespace switchyard::server
