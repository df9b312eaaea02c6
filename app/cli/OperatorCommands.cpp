// operator create|list|delete, whoami.
#include <charconv>
#include <optional>

#include "CliContext.h"
#include "Table.h"
#include "Verb.h"

namespace switchyard::cli {
namespace {

// "3600", "90s", "45m", "12h", "30d" to seconds; nothing for anything else.
std::optional<long long> parseLifetime(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    long long unit = 1;
    std::string digits = text;
    switch (text.back()) {
    case 's':
        digits.pop_back();
        break;
    case 'm':
        unit = 60;
        digits.pop_back();
        break;
    case 'h':
        unit = 3600;
        digits.pop_back();
        break;
    case 'd':
        unit = 86400;
        digits.pop_back();
        break;
    default:
        break;
    }
    long long value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || value <= 0 ||
        value > 100000000 / unit)
        return std::nullopt;
    return value * unit;
}

// A time the server left null: the credential never expires, or was never used.
std::string orNever(const std::string& time)
{
    return time.empty() ? "never" : time;
}

// One answer about a credential: its JSON with --output json, else "name: value" lines.
void printCredential(CliContext& ctx, const nlohmann::json& json,
                     const std::vector<std::pair<std::string, std::string>>& pairs)
{
    if (ctx.json())
        ctx.printJson(json);
    else
        Table::printPairs(std::cout, pairs);
}

// The list: {"operators": [...]} with --output json, else a table.
void printOperators(CliContext& ctx, const std::vector<OperatorInfo>& operators)
{
    if (ctx.json()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& o : operators)
            list.push_back(o.toJson());
        ctx.printJson({{"operators", list}});
        return;
    }
    Table table({"NAME", "ROLE", "CREATED", "EXPIRES", "LAST USED"});
    for (const auto& o : operators)
        table.add({o.name, o.role, o.createdAt, orNever(o.expiresAt), orNever(o.lastUsedAt)});
    table.print(std::cout);
}

int operatorCreate(CliContext& ctx)
{
    constexpr const char* synopsis =
        "operator create NAME --role viewer|operator|admin [--expires-in DURATION]";
    if (!ctx.positionals(1, synopsis))
        return ExitUsage;
    const auto role = ctx.args().take("role");
    const auto expiresIn = ctx.args().take("expires-in");
    if (!ctx.noLeftovers())
        return ExitUsage;
    if (!role || (*role != "viewer" && *role != "operator" && *role != "admin"))
        return ctx.usage("--role must be viewer, operator or admin");
    long long seconds = 0;
    if (expiresIn) {
        const auto parsed = parseLifetime(*expiresIn);
        if (!parsed || *parsed > 315360000)
            return ctx.usage("--expires-in must be a duration such as 3600, 90m, 12h or 30d (at most 3650d)");
        seconds = *parsed;
    }
    auto r = ctx.api().createOperator(ctx.arg(0), *role, static_cast<int>(seconds));
    if (!r)
        return ctx.fail(r);
    printCredential(
        ctx, r->toJson(),
        {{"name", r->name}, {"role", r->role}, {"expires", orNever(r->expiresAt)}, {"credential", r->token}});
    if (!ctx.json())
        std::cerr << "The credential is shown this once: give it to " << r->name
                  << " (switchyard-cli --token-file FILE, or the console's Attach dialog)." << std::endl;
    return ExitOk;
}

int operatorList(CliContext& ctx)
{
    if (!ctx.positionals(0, "operator list") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().listOperators();
    if (!r)
        return ctx.fail(r);
    printOperators(ctx, r.value());
    return ExitOk;
}

int operatorDelete(CliContext& ctx)
{
    if (!ctx.positionals(1, "operator delete NAME") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().deleteOperator(ctx.arg(0));
    if (!r)
        return ctx.fail(r);
    if (!ctx.json())
        std::cout << "revoked " << ctx.arg(0) << std::endl;
    return ExitOk;
}

int whoami(CliContext& ctx)
{
    if (!ctx.positionals(0, "whoami") || !ctx.noLeftovers())
        return ExitUsage;
    auto r = ctx.api().whoami();
    if (!r)
        return ctx.fail(r);
    printCredential(ctx, r->toJson(),
                    {{"name", r->name}, {"role", r->role}, {"expires", orNever(r->expiresAt)}});
    return ExitOk;
}

} // namespace

void addOperatorVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back({"operator",
                     "create",
                     "operator create NAME --role viewer|operator|admin [--expires-in DURATION]",
                     "Add a named operator credential (admin). The credential is printed this once; the "
                     "server keeps\nonly its hash. viewer: read everything but secrets; operator: also "
                     "traffic, versions, keys,\ntokens; admin: also endpoints, models, operators.",
                     {{"--role viewer|operator|admin", "what the credential may do (required)"},
                      {"--expires-in DURATION", "3600, 90m, 12h or 30d; without it, never"}},
                     operatorCreate});
    verbs.push_back({"operator",
                     "list",
                     "operator list",
                     "List the named operator credentials with role, expiry and last use (admin); never a "
                     "credential.",
                     {},
                     operatorList});
    verbs.push_back({"operator",
                     "delete",
                     "operator delete NAME",
                     "Revoke an operator credential (admin): refused from the next request on.",
                     {},
                     operatorDelete});
    verbs.push_back(
        {"whoami", "", "whoami", "Show whom the credential in use belongs to, and its role.", {}, whoami});
}

} // namespace switchyard::cli
