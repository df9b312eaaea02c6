// endpoint create|list|show|update|delete.
#include <optional>

#include "CliContext.h"
#include "Table.h"
#include "VersionFlags.h"
#include "Verb.h"
#include "Views.h"

namespace switchyard::cli {
namespace {

// --description and --tag, which create and update share; a usage exit code when a tag is malformed.
std::optional<int> takeDescriptionAndTags(CliContext& ctx, nlohmann::json& json)
{
    auto& args = ctx.args();
    if (auto d = args.take("description"))
        json["description"] = *d;
    if (args.has("tag")) {
        auto tags = VersionFlags::tags(args.takeAll("tag"), "tag");
        if (!tags)
            return ctx.usage(tags.error().message);
        json["tags"] = *tags;
    }
    return std::nullopt;
}

int endpointCreate(CliContext& ctx)
{
    if (!ctx.positionals(1, "endpoint create NAME --model NAME:VERSION [options]"))
        return ExitUsage;
    auto& args = ctx.args();
    nlohmann::json json{{"name", ctx.arg(0)}};
    if (auto exit = takeDescriptionAndTags(ctx, json))
        return *exit;
    const std::string versionName = args.take("version-name").value_or("versiona");
    const auto auth = args.take("auth");
    auto version = VersionFlags::specJson(args);
    if (!version)
        return ctx.usage(version.error().message);
    if (!ctx.noLeftovers())
        return ExitUsage;
    nlohmann::json v = *version;
    for (const char* key : {"auth_enabled", "token_auth_enabled"}) {
        if (v.contains(key)) {
            json[key] = v[key];
            v.erase(key);
        }
    }
    if (auth) {
        if (*auth != "key" && *auth != "token" && *auth != "none")
            return ctx.usage("--auth must be key, token or none");
        json["auth_enabled"] = *auth == "key";
        json["token_auth_enabled"] = *auth == "token";
    }
    v["version_name"] = versionName;
    json["version"] = v;
    auto spec = EndpointSpec::fromJson(json);
    if (!spec)
        return ctx.usage(client::describe(spec.error(), 0));
    return ctx.show(ctx.api().createEndpoint(*spec), &Views::endpoint);
}

int endpointList(CliContext& ctx)
{
    if (!ctx.positionals(0, "endpoint list") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().listEndpoints();
    if (!r)
        return ctx.fail(r);
    if (ctx.json()) {
        ctx.printJson(EndpointSummary::listToJson(r.value()));
        return ExitOk;
    }
    Table table({"NAME", "STATE", "AUTH", "VERSIONS", "DEFAULT", "CONTROL", "TRAFFIC", "SCORING URI"});
    for (const auto& e : r.value())
        table.add({e.name, toString(e.state), toString(e.authMode), std::to_string(e.versionCount),
                   e.defaultVersion, e.controlVersion.value_or("-"), Views::traffic(e.traffic),
                   e.scoringUri});
    table.print(std::cout);
    return ExitOk;
}

int endpointShow(CliContext& ctx)
{
    if (!ctx.positionals(1, "endpoint show NAME") || !ctx.noLeftovers())
        return ExitUsage;
    return ctx.show(ctx.api().getEndpoint(ctx.arg(0)), &Views::endpoint);
}

int endpointUpdate(CliContext& ctx)
{
    if (!ctx.positionals(1, "endpoint update NAME [options]"))
        return ExitUsage;
    auto& args = ctx.args();
    nlohmann::json json = nlohmann::json::object();
    if (auto exit = takeDescriptionAndTags(ctx, json))
        return *exit;
    for (const char* flag : {"auth-enabled", "token-auth-enabled"}) {
        if (auto v = args.take(flag)) {
            auto b = VersionFlags::parseBool(*v, flag);
            if (!b)
                return ctx.usage(b.error().message);
            std::string key = flag;
            for (auto& c : key)
                c = c == '-' ? '_' : c;
            json[key] = *b;
        }
    }
    if (!ctx.noLeftovers())
        return ExitUsage;
    if (json.empty())
        return ctx.usage(
            "nothing to change: give --description, --tag, --auth-enabled or --token-auth-enabled");
    auto patch = EndpointPatch::fromJson(json);
    if (!patch)
        return ctx.usage(client::describe(patch.error(), 0));
    return ctx.show(ctx.api().updateEndpoint(ctx.arg(0), *patch), &Views::endpoint);
}

int endpointDelete(CliContext& ctx)
{
    if (!ctx.positionals(1, "endpoint delete NAME") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().deleteEndpoint(ctx.arg(0));
    if (!r)
        return ctx.fail(r);
    if (ctx.json())
        ctx.printJson({{"deleted", ctx.arg(0)}});
    else
        std::cout << "deleted endpoint " << ctx.arg(0) << '\n';
    return ExitOk;
}

} // namespace

void addEndpointVerbs(std::vector<Verb>& verbs)
{
    auto createFlags = VersionFlags::help(false);
    createFlags.insert(createFlags.begin(),
                       {{"--version-name V", "the first version's name (versiona); it becomes the default"},
                        {"--auth key|token|none", "how scoring callers prove themselves (key)"},
                        {"--description TEXT", "the endpoint's description"},
                        {"--tag KEY=VALUE", "an endpoint tag (repeatable)"}});
    verbs.push_back(
        {"endpoint", "create", "endpoint create NAME --model NAME:VERSION [options]",
         "Create an endpoint with its first version (the default). Every VersionSpec field has a flag;\n"
         "--dc/--ic read the seed CLI's deploymentconfig.json and inferenceconfig.json.",
         createFlags, endpointCreate});
    verbs.push_back(
        {"endpoint",
         "list",
         "endpoint list",
         "List the endpoints with their state, auth mode, default and control versions and effective "
         "traffic.",
         {},
         endpointList});
    verbs.push_back({"endpoint",
                     "show",
                     "endpoint show NAME",
                     "Show one endpoint and its versions (state, effective traffic, role, replicas).",
                     {},
                     endpointShow});
    verbs.push_back({"endpoint",
                     "update",
                     "endpoint update NAME [options]",
                     "Change an endpoint's description, tags or auth mode.",
                     {{"--description TEXT", "new description"},
                      {"--tag KEY=VALUE", "tags (repeatable; replaces all tags)"},
                      {"--auth-enabled true|false", "key auth"},
                      {"--token-auth-enabled true|false", "token (JWT) auth"}},
                     endpointUpdate});
    verbs.push_back({"endpoint",
                     "delete",
                     "endpoint delete NAME",
                     "Delete an endpoint: its replicas stop and its keys stop working.",
                     {},
                     endpointDelete});
}

} // namespace switchyard::cli
