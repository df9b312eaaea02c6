// cluster show, model register, model list.
#include <cstdio>

#include "CliContext.h"
#include "Table.h"
#include "Verb.h"

namespace switchyard::cli {
namespace {

int clusterShow(CliContext& ctx)
{
    if (!ctx.positionals(0, "cluster show") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().getCluster();
    if (!r)
        return ctx.fail(r);
    if (ctx.json()) {
        ctx.printJson(r->toJson());
        return ExitOk;
    }
    const auto& c = r.value();
    Table::printPairs(
        std::cout,
        {
            {"name", c.name},
            {"purpose", c.purpose},
            {"autoscaler", c.autoscalerEnabled ? "enabled" : "disabled"},
            {"backend",
             c.namespaceName.empty() ? c.backend : c.backend + " (namespace " + c.namespaceName + ")"},
            {"backend state", c.degraded() ? c.backendState + ": " + c.backendMessage : c.backendState},
            {"cpu cores", Table::number(c.allocated.cpuCores) + " of " + Table::number(c.capacity.cpuCores) +
                              " allocated"},
            {"memory GB", Table::number(c.allocated.memoryGb) + " of " + Table::number(c.capacity.memoryGb) +
                              " allocated"},
            {"endpoints", std::to_string(c.endpointCount)},
            {"server version", c.serverVersion},
        });
    return ExitOk;
}

int modelRegister(CliContext& ctx)
{
    if (!ctx.positionals(2, "model register NAME FILE") || !ctx.noLeftovers())
        return ExitUsage;
    auto bytes = CliContext::readFile(ctx.arg(1));
    if (!bytes)
        return ctx.usage(bytes.error().message);
    auto r = ctx.api().registerModel(ctx.arg(0), std::move(bytes).value());
    if (!r)
        return ctx.fail(r);
    if (ctx.json())
        ctx.printJson(r->toJson());
    else
        std::cout << "registered " << r->reference() << " (" << r->sizeBytes << " bytes, sha256 " << r->sha256
                  << ")\n";
    return ExitOk;
}

int modelList(CliContext& ctx)
{
    if (!ctx.positionals(0, "model list") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().listModels();
    if (!r)
        return ctx.fail(r);
    if (ctx.json()) {
        ctx.printJson(ModelInfo::listToJson(r.value()));
        return ExitOk;
    }
    Table table({"MODEL", "SIZE", "SHA256", "CREATED"});
    for (const auto& m : r.value())
        table.add({m.reference(), std::to_string(m.sizeBytes), m.sha256.substr(0, 12), m.createdAt});
    table.print(std::cout);
    return ExitOk;
}

} // namespace

void addClusterVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back({"cluster",
                     "show",
                     "cluster show",
                     "Show the cluster: purpose, autoscaler, backend, capacity and what is allocated.",
                     {},
                     clusterShow});
}

void addModelVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back(
        {"model",
         "register",
         "model register NAME FILE",
         "Upload a model file to the registry; each upload under NAME is its next version (NAME:1, "
         "NAME:2, …).",
         {},
         modelRegister});
    verbs.push_back(
        {"model", "list", "model list", "List the registered models and their versions.", {}, modelList});
}

} // namespace switchyard::cli
