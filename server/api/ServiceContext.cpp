#include "ServiceContext.h"

#include "NullableJson.h"

namespace switchyard::server {
namespace {
// Which versions get traffic and how much; a version with 0 % coming or going changes no request's route.
std::map<std::string, int> routed(const TrafficPlan& plan)
{
    auto split = plan.effective();
    std::erase_if(split, [](const auto& entry) { return entry.second == 0; });
    return split;
}
} // namespace

Resources ServiceContext::allocated(const std::string& skipEndpoint, const std::string& skipVersion)
{
    Resources total;
    for (const auto& v : store.listAllVersions()) {
        if (v.endpoint == skipEndpoint && v.spec.versionName == skipVersion)
            continue;
        total = total + replicaResources(v.spec) * v.spec.minimumReplicas();
    }
    return total;
}

std::optional<EndpointState> EndpointState::load(Store& store, const std::string& name)
{
    auto endpoint = store.findEndpoint(name);
    if (!endpoint)
        return std::nullopt;
    return EndpointState{std::move(*endpoint), store.listVersions(name)};
}

VersionRecord* EndpointState::find(const std::string& version)
{
    for (auto& v : versions)
        if (v.spec.versionName == version)
            return &v;
    return nullptr;
}

TrafficPlan EndpointState::plan() const
{
    std::vector<VersionRole> roles;
    for (const auto& v : versions)
        roles.push_back(
            {v.spec.versionName, v.spec.trafficPercentile, v.spec.isDefault, v.spec.isControlVersionType});
    return TrafficPlan(std::move(roles));
}

void EndpointState::applyPlan(const TrafficPlan& plan)
{
    for (auto& v : versions) {
        if (const auto* role = plan.find(v.spec.versionName)) {
            v.spec.trafficPercentile = role->trafficPercentile;
            v.spec.isDefault = role->isDefault;
            v.spec.isControlVersionType = role->isControl;
        }
    }
}

void EndpointState::recordPlanChanges(EventLog& events, const std::string& endpoint,
                                      const TrafficPlan& before, const TrafficPlan& after)
{
    if (routed(before) != routed(after))
        events.append({0,
                       {},
                       endpoint,
                       {},
                       "TrafficChanged",
                       {{"from", before.effective()}, {"to", after.effective()}}});
    if (before.defaultVersion() != after.defaultVersion())
        events.append({0,
                       {},
                       endpoint,
                       after.defaultVersion().value_or(""),
                       "DefaultChanged",
                       {{"from", nullableName(before.defaultVersion())},
                        {"to", nullableName(after.defaultVersion())}}});
    if (before.controlVersion() != after.controlVersion())
        events.append({0,
                       {},
                       endpoint,
                       after.controlVersion().value_or(""),
                       "ControlChanged",
                       {{"from", nullableName(before.controlVersion())},
                        {"to", nullableName(after.controlVersion())}}});
}

} // namespace switchyard::server
