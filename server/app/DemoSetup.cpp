#include "DemoSetup.h"

#include "Crypto.h"
#include "DemoModel.h"
#include "Logger.h"

namespace switchyard::server {

Status DemoSetup::run(ServiceContext& ctx, EndpointService& endpoints, VersionService& versions)
{
    if (ctx.store.findEndpoint("demo"))
        return {};
    const std::string bytes(demoModelJson());
    const auto sha = Crypto::sha256Hex(bytes);
    int modelVersion = 0;
    for (const auto& m : ctx.store.listModels())
        if (m.name == "demo" && m.sha256 == sha)
            modelVersion = m.version;
    if (modelVersion == 0) {
        auto uploaded = ctx.models.upload("demo", bytes);
        if (!uploaded)
            return uploaded.error();
        modelVersion = (*uploaded)["version"].get<int>();
    }
    const std::string model = "demo:" + std::to_string(modelVersion);
    const nlohmann::json blue{{"version_name", "blue"},          {"model", model},
                              {"is_control_version_type", true}, {"autoscale_min_replicas", 1},
                              {"autoscale_max_replicas", 4},     {"description", "The control version."}};
    auto created =
        endpoints.create({{"name", "demo"},
                          {"description", "The demo endpoint: blue is the control, green a treatment."},
                          {"auth_enabled", true},
                          {"version", blue}});
    if (!created)
        return created.error();
    const nlohmann::json green{
        {"version_name", "green"},     {"model", model},
        {"traffic_percentile", 30},    {"autoscale_min_replicas", 1},
        {"autoscale_max_replicas", 4}, {"description", "A treatment with 30 % of traffic."}};
    auto greenCreated = versions.create("demo", green);
    if (!greenCreated)
        return greenCreated.error();
    Logger::info("demo endpoint 'demo' created with versions blue (control, default) and green (30 %)");
    return {};
}

} // namespace switchyard::server
