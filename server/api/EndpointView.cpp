#include "EndpointView.h"

#include <filesystem>

#include "Names.h"
#include "NullableJson.h"

namespace switchyard::server {
int EndpointView::severity(const std::string& state)
{
    if (state == "Failed")
        return 3;
    if (state == "Unhealthy")
        return 2;
    if (state == "Transitioning")
        return 1;
    return 0; // Healthy
}

nlohmann::json EndpointView::version(ServiceContext& ctx, const EndpointState& state, const VersionRecord& v)
{
    const auto status = ctx.dataPlane.status(state.endpoint.name, v.spec.versionName);
    auto json = v.spec.toResponseFields();
    json["state"] = status.state;
    json["effective_traffic"] = state.plan().effectiveFor(v.spec.versionName);
    json["replicas"] = {{"desired", status.replicas.desired},
                        {"ready", status.replicas.ready},
                        {"busy", status.replicas.busy}};
    json["created_at"] = v.createdAt;
    json["updated_at"] = v.updatedAt;
    if (status.error)
        json["error"] = *status.error;
    return json;
}

std::string EndpointView::worstState(ServiceContext& ctx, const EndpointState& state)
{
    std::string worst = "Healthy";
    for (const auto& v : state.versions) {
        const auto s = ctx.dataPlane.status(state.endpoint.name, v.spec.versionName).state;
        if (severity(s) > severity(worst))
            worst = s;
    }
    return worst;
}

nlohmann::json EndpointView::summary(ServiceContext& ctx, const EndpointState& state)
{
    const auto plan = state.plan();
    return {{"name", state.endpoint.name},
            {"state", worstState(ctx, state)},
            {"auth_mode", toString(authModeFor(state.endpoint.authEnabled, state.endpoint.tokenAuthEnabled))},
            {"scoring_uri", ctx.cluster.baseUrl + "/score/" + state.endpoint.name},
            {"version_count", state.versions.size()},
            {"default_version", nullableName(plan.defaultVersion())},
            {"control_version", nullableName(plan.controlVersion())},
            {"traffic", plan.effective()}};
}

nlohmann::json EndpointView::endpoint(ServiceContext& ctx, const EndpointState& state)
{
    auto json = summary(ctx, state);
    json.erase("version_count");
    json["description"] = state.endpoint.description;
    json["tags"] = state.endpoint.tags;
    json["auth_enabled"] = state.endpoint.authEnabled;
    json["token_auth_enabled"] = state.endpoint.tokenAuthEnabled;
    nlohmann::json versions = nlohmann::json::array();
    for (const auto& v : state.versions)
        versions.push_back(version(ctx, state, v));
    json["versions"] = versions;
    json["created_at"] = state.endpoint.createdAt;
    json["updated_at"] = state.endpoint.updatedAt;
    return json;
}

EndpointRuntimeConfig EndpointView::runtimeConfig(ServiceContext& ctx, const EndpointState& state)
{
    EndpointRuntimeConfig config;
    config.name = state.endpoint.name;
    config.auth.mode = authModeFor(state.endpoint.authEnabled, state.endpoint.tokenAuthEnabled);
    config.auth.primaryKey = state.endpoint.primaryKey;
    config.auth.secondaryKey = state.endpoint.secondaryKey;
    config.auth.verifyToken = [jwt = ctx.jwt, name = state.endpoint.name, epoch = state.endpoint.tokenEpoch](
                                  std::string_view bearer) { return jwt->verify(bearer, name, epoch); };
    const auto effective = state.plan().effective();
    for (const auto& v : state.versions) {
        VersionRuntimeConfig runtime;
        runtime.spec = v.spec;
        if (auto ref = parseModelRef(v.spec.model)) {
            if (auto model = ctx.store.findModel(ref->name, ref->version)) {
                runtime.modelPath = std::filesystem::absolute(ctx.models.pathForSha(model->sha256)).string();
                runtime.modelSha256 = model->sha256;
            }
        }
        runtime.effectiveTraffic = effective.at(v.spec.versionName);
        config.versions.push_back(std::move(runtime));
    }
    return config;
}

void EndpointView::publish(ServiceContext& ctx, const std::string& endpoint)
{
    if (auto state = EndpointState::load(ctx.store, endpoint))
        ctx.dataPlane.applyEndpoint(runtimeConfig(ctx, *state));
    else
        ctx.dataPlane.removeEndpoint(endpoint);
}

} // namespace switchyard::server
