// keys show, keys regen, token get.
#include "CliContext.h"
#include "Table.h"
#include "Verb.h"

namespace switchyard::cli {
namespace {

void printKeys(CliContext& ctx, const KeySet& keys)
{
    if (ctx.json()) {
        ctx.printJson(keys.toJson());
        return;
    }
    Table::printPairs(std::cout, {{"primary key", keys.primaryKey},
                                  {"secondary key", keys.secondaryKey},
                                  {"primary rotated", keys.primaryRotatedAt},
                                  {"secondary rotated", keys.secondaryRotatedAt}});
}

int keysShow(CliContext& ctx)
{
    if (!ctx.positionals(1, "keys show ENDPOINT") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().getKeys(ctx.arg(0));
    if (!r)
        return ctx.fail(r);
    printKeys(ctx, r.value());
    return ExitOk;
}

int keysRegen(CliContext& ctx)
{
    if (!ctx.positionals(1, "keys regen ENDPOINT --key-type Primary|Secondary"))
        return ExitUsage;
    const auto type = ctx.args().take("key-type");
    if (!ctx.noLeftovers())
        return ExitUsage;
    if (!type || (*type != "Primary" && *type != "Secondary"))
        return ctx.usage("--key-type must be Primary or Secondary");
    auto r = ctx.api().regenerateKey(ctx.arg(0), *type == "Primary" ? client::KeyType::Primary
                                                                    : client::KeyType::Secondary);
    if (!r)
        return ctx.fail(r);
    printKeys(ctx, r.value());
    return ExitOk;
}

int tokenGet(CliContext& ctx)
{
    if (!ctx.positionals(1, "token get ENDPOINT") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().getToken(ctx.arg(0));
    if (!r)
        return ctx.fail(r);
    if (ctx.json()) {
        ctx.printJson(r->toJson());
        return ExitOk;
    }
    Table::printPairs(std::cout, {{"access token", r->accessToken},
                                  {"token type", r->tokenType},
                                  {"expiry on", std::to_string(r->expiryOn)},
                                  {"refresh after", std::to_string(r->refreshAfter)}});
    return ExitOk;
}

} // namespace

void addKeyVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back({"keys",
                     "show",
                     "keys show ENDPOINT",
                     "Show the primary and secondary scoring keys of a key-auth endpoint.",
                     {},
                     keysShow});
    verbs.push_back({"keys",
                     "regen",
                     "keys regen ENDPOINT --key-type Primary|Secondary",
                     "Regenerate one key: it stops working at once, the other keeps working (rotate without "
                     "downtime).",
                     {{"--key-type Primary|Secondary", "which key to replace (required)"}},
                     keysRegen});
    verbs.push_back({"token",
                     "get",
                     "token get ENDPOINT",
                     "Get a JWT for a token-auth endpoint (expiry_on and refresh_after are unix seconds).",
                     {},
                     tokenGet});
}

} // namespace switchyard::cli
