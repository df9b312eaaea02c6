// traffic set.
#include "CliContext.h"
#include "Verb.h"
#include "Views.h"

namespace switchyard::cli {
namespace {

int trafficSet(CliContext& ctx)
{
    auto& args = ctx.args();
    if (args.positional.empty())
        return ctx.usage(
            "expected: traffic set ENDPOINT [VERSION=PERCENT …] [--default V] [--control V|none]");
    nlohmann::json json{{"traffic", nlohmann::json::object()}};
    for (std::size_t i = 1; i < args.positional.size(); ++i) {
        const auto& pair = args.positional[i];
        const auto eq = pair.find('=');
        int percent = -1;
        std::size_t used = 0;
        try {
            if (eq != std::string::npos)
                percent = std::stoi(pair.substr(eq + 1), &used);
        } catch (...) {
        }
        if (eq == std::string::npos || eq == 0 || used == 0 || used != pair.size() - eq - 1)
            return ctx.usage("expected VERSION=PERCENT, not '" + pair + "'");
        json["traffic"][pair.substr(0, eq)] = percent;
    }
    if (auto d = args.take("default"))
        json["default_version"] = *d;
    if (auto c = args.take("control"))
        json["control_version"] =
            (*c == "none" || *c == "null") ? nlohmann::json(nullptr) : nlohmann::json(*c);
    if (!ctx.noLeftovers())
        return ExitUsage;
    auto request = TrafficRequest::fromJson(json);
    if (!request)
        return ctx.usage(client::describe(request.error(), 0));
    auto r = ctx.api().setTraffic(ctx.arg(0), *request);
    if (!r)
        return ctx.fail(r);
    Views::endpoint(ctx, r.value());
    return ExitOk;
}

} // namespace

void addTrafficVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back(
        {"traffic",
         "set",
         "traffic set ENDPOINT [VERSION=PERCENT …] [--default V] [--control V|none]",
         "Reallocate an endpoint's traffic in one atomic change: versions not named get 0 and the\n"
         "remainder (100 - sum) goes to the default version.",
         {{"--default V", "make V the default version"},
          {"--control V|none", "make V the control version, or clear it"}},
         trafficSet});
}

} // namespace switchyard::cli
