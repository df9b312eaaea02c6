// score ENDPOINT --data JSON|@file [--version V] [--key K].
#include "CliContext.h"
#include "Credentials.h"
#include "Verb.h"

namespace switchyard::cli {
namespace {

int score(CliContext& ctx)
{
    if (!ctx.positionals(1, "score ENDPOINT --data JSON|@FILE [--version V]"))
        return ExitUsage;
    auto& args = ctx.args();
    const auto data = args.take("data");
    const auto version = args.take("version");
    const auto key = args.take("key");
    if (!ctx.noLeftovers())
        return ExitUsage;
    if (!data)
        return ctx.usage("--data JSON or --data @FILE is required");
    auto body = CliContext::readDataArgument(*data);
    if (!body)
        return ctx.usage(body.error().message);
    auto credential = Credentials::resolve(ctx, ctx.arg(0), key);
    if (!credential)
        return ctx.fail(credential);
    client::ScoreRequest request;
    request.body = std::move(body).value();
    request.credential = credential.value();
    request.version = version;
    auto r = ctx.api().score(ctx.arg(0), request);
    if (!r)
        return ctx.fail(r);
    const auto& s = r.value();
    if (ctx.json()) {
        auto parsed = nlohmann::json::parse(s.body, nullptr, false);
        ctx.printJson({{"status", s.status},
                       {"version", s.servedBy},
                       {"request_id", s.requestId},
                       {"latency_ms", s.latency.count() / 1000.0},
                       {"body", parsed.is_discarded() ? nlohmann::json(s.body) : parsed}});
    } else if (s.ok()) {
        std::cout << s.body;
        if (!s.body.empty() && s.body.back() != '\n')
            std::cout << '\n';
        std::cerr << "served by " << s.servedBy << " in " << s.latency.count() / 1000.0 << " ms (request "
                  << s.requestId << ")" << std::endl;
    }
    if (!s.ok())
        return ctx.fail(s.error(), s.status);
    return ExitOk;
}

} // namespace

void addScoreVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back(
        {"score",
         "",
         "score ENDPOINT --data JSON|@FILE [--version V] [--key K]",
         "Send one scoring request and print the answer (which version served it goes to stderr).\n"
         "The credential is fetched with the admin token unless --key is given.",
         {{"--data JSON|@FILE", "the request body, inline or from a file (required)"},
          {"--version V", "send it to version V, bypassing the traffic split"},
          {"--key K", "the endpoint key or JWT to use"}},
         score});
}

} // namespace switchyard::cli
