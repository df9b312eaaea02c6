// version create|list|show|update|delete.
#include "CliContext.h"
#include "VersionFlags.h"
#include "Verb.h"
#include "Views.h"

namespace switchyard::cli {
namespace {

int versionCreate(CliContext& ctx)
{
    if (!ctx.positionals(2, "version create ENDPOINT VERSION --model NAME:VERSION [options]"))
        return ExitUsage;
    auto json = VersionFlags::specJson(ctx.args());
    if (!json)
        return ctx.usage(json.error().message);
    if (!ctx.noLeftovers())
        return ExitUsage;
    nlohmann::json v = *json;
    v.erase("auth_enabled"); // a --dc file may carry endpoint-level settings
    v.erase("token_auth_enabled");
    v["version_name"] = ctx.arg(1);
    auto spec = VersionSpec::fromJson(v);
    if (!spec)
        return ctx.usage(client::describe(spec.error(), 0));
    return ctx.show(ctx.api().createVersion(ctx.arg(0), *spec), &Views::version);
}

int versionList(CliContext& ctx)
{
    if (!ctx.positionals(1, "version list ENDPOINT") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().getEndpoint(ctx.arg(0));
    if (!r)
        return ctx.fail(r);
    Views::versions(ctx, r.value());
    return ExitOk;
}

int versionShow(CliContext& ctx)
{
    if (!ctx.positionals(2, "version show ENDPOINT VERSION") || !ctx.noLeftovers())
        return ExitUsage;
    return ctx.show(ctx.api().getVersion(ctx.arg(0), ctx.arg(1)), &Views::version);
}

int versionUpdate(CliContext& ctx)
{
    if (!ctx.positionals(2, "version update ENDPOINT VERSION [options]"))
        return ExitUsage;
    auto json = VersionFlags::patchJson(ctx.args());
    if (!json)
        return ctx.usage(json.error().message);
    if (!ctx.noLeftovers())
        return ExitUsage;
    if (json->empty())
        return ctx.usage("nothing to change (see version update --help)");
    auto patch = VersionPatch::fromJson(*json);
    if (!patch)
        return ctx.usage(client::describe(patch.error(), 0));
    return ctx.show(ctx.api().updateVersion(ctx.arg(0), ctx.arg(1), *patch), &Views::version);
}

int versionDelete(CliContext& ctx)
{
    if (!ctx.positionals(2, "version delete ENDPOINT VERSION") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().deleteVersion(ctx.arg(0), ctx.arg(1));
    if (!r)
        return ctx.fail(r);
    if (ctx.json())
        ctx.printJson({{"deleted", ctx.arg(1)}, {"endpoint", ctx.arg(0)}});
    else
        std::cout << "deleted version " << ctx.arg(1) << " of " << ctx.arg(0) << '\n';
    return ExitOk;
}

} // namespace

void addVersionVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back(
        {"version", "create", "version create ENDPOINT VERSION --model NAME:VERSION [options]",
         "Add a version to an endpoint (at most 6). Every VersionSpec field has a flag; --dc/--ic read\n"
         "the seed CLI's deploymentconfig.json and inferenceconfig.json (flags win over files).",
         VersionFlags::help(false), versionCreate});
    verbs.push_back({"version",
                     "list",
                     "version list ENDPOINT",
                     "List an endpoint's versions: state, effective and configured traffic, role, replicas.",
                     {},
                     versionList});
    verbs.push_back({"version",
                     "show",
                     "version show ENDPOINT VERSION",
                     "Show a version: state, effective traffic, role, replicas, scaling and limits.",
                     {},
                     versionShow});
    verbs.push_back(
        {"version", "update", "version update ENDPOINT VERSION [options]",
         "Change a version's traffic, default/control role, scaling, limits, description or tags.",
         VersionFlags::help(true), versionUpdate});
    verbs.push_back({"version",
                     "delete",
                     "version delete ENDPOINT VERSION",
                     "Delete a version (not the default while others exist, nor the only one).",
                     {},
                     versionDelete});
}

} // namespace switchyard::cli
