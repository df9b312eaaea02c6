#include "Views.h"

#include <cstdio>

#include "Table.h"

namespace switchyard::cli {
namespace {

std::string role(const EndpointInfo& e, const std::string& name)
{
    std::string text;
    if (e.defaultVersion == name)
        text = "default";
    if (e.controlVersion && *e.controlVersion == name)
        text += text.empty() ? "control" : ",control";
    return text.empty() ? "-" : text;
}

void versionTable(const EndpointInfo& e)
{
    Table table({"VERSION", "STATE", "TRAFFIC", "CONFIGURED", "ROLE", "REPLICAS", "MODEL"});
    for (const auto& v : e.versions) {
        table.add({v.name(), toString(v.state), std::to_string(v.effectiveTraffic) + "%",
                   std::to_string(v.spec.trafficPercentile) + "%", role(e, v.name()),
                   std::to_string(v.replicas.ready) + "/" + std::to_string(v.replicas.desired) + " ready",
                   v.spec.model});
    }
    table.print(std::cout);
}

} // namespace

std::string Views::traffic(const std::map<std::string, int>& split)
{
    std::string text;
    for (const auto& [name, percent] : split)
        text += (text.empty() ? "" : " ") + name + "=" + std::to_string(percent);
    return text.empty() ? "-" : text;
}

std::string Views::tags(const std::map<std::string, std::string>& tags)
{
    std::string text;
    for (const auto& [k, v] : tags)
        text += (text.empty() ? "" : " ") + k + "=" + v;
    return text.empty() ? "-" : text;
}

void Views::endpoint(CliContext& ctx, const EndpointInfo& e)
{
    if (ctx.json()) {
        ctx.printJson(e.toJson());
        return;
    }
    Table::printPairs(std::cout, {
                                     {"name", e.name},
                                     {"state", toString(e.state)},
                                     {"auth", toString(e.authMode)},
                                     {"scoring uri", e.scoringUri},
                                     {"default version", e.defaultVersion},
                                     {"control version", e.controlVersion.value_or("-")},
                                     {"traffic", traffic(e.traffic)},
                                     {"description", e.description.empty() ? "-" : e.description},
                                     {"tags", tags(e.tags)},
                                     {"created", e.createdAt},
                                     {"updated", e.updatedAt},
                                 });
    std::cout << '\n';
    versionTable(e);
}

void Views::versions(CliContext& ctx, const EndpointInfo& e)
{
    if (ctx.json()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& v : e.versions)
            list.push_back(v.toJson());
        ctx.printJson({{"endpoint", e.name}, {"versions", list}});
        return;
    }
    versionTable(e);
}

void Views::version(CliContext& ctx, const VersionInfo& v)
{
    if (ctx.json()) {
        ctx.printJson(v.toJson());
        return;
    }
    const auto& s = v.spec;
    std::string scaling = s.numReplicas ? "fixed " + std::to_string(*s.numReplicas) + " replicas"
                                        : (s.autoscaleEnabled ? "autoscale " : "fixed ") +
                                              std::to_string(s.autoscaleMinReplicas) + "-" +
                                              std::to_string(s.autoscaleMaxReplicas) + " at " +
                                              std::to_string(s.autoscaleTargetUtilization) + "%";
    std::vector<std::pair<std::string, std::string>> pairs{
        {"name", s.versionName},
        {"state", toString(v.state)},
        {"model", s.model},
        {"runtime", s.inferenceConfig.runtime == InferenceConfig::Runtime::Builtin ? "builtin" : "command"},
        {"traffic", std::to_string(v.effectiveTraffic) + "% effective (" +
                        std::to_string(s.trafficPercentile) + "% configured)"},
        {"default", s.isDefault ? "yes" : "no"},
        {"control", s.isControlVersionType ? "yes" : "no"},
        {"replicas", std::to_string(v.replicas.ready) + " ready, " + std::to_string(v.replicas.busy) +
                         " busy, " + std::to_string(v.replicas.desired) + " desired"},
        {"scaling", scaling},
        {"resources", Table::number(s.cpuCores) + " cores, " + Table::number(s.memoryGb) + " GB per replica"},
        {"concurrency", std::to_string(s.replicaMaxConcurrentRequests) + " per replica, wait " +
                            std::to_string(s.maxRequestWaitTime) + " ms, timeout " +
                            std::to_string(s.scoringTimeoutMs) + " ms"},
        {"collect data", s.collectModelData ? "yes" : "no"},
        {"description", s.description.empty() ? "-" : s.description},
        {"tags", tags(s.tags)},
        {"created", v.createdAt},
        {"updated", v.updatedAt},
    };
    if (v.error)
        pairs.emplace_back("error", *v.error);
    Table::printPairs(std::cout, pairs);
}

} // namespace switchyard::cli
