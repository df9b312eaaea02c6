// logs ENDPOINT VERSION [--tail N] [--follow].
#include <sstream>

#include "CliContext.h"
#include "StopSignal.h"
#include "Verb.h"

namespace switchyard::cli {
namespace {

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// The lines of `now` that follow the longest overlap between the end of `before` and the start of `now`.
std::size_t firstNew(const std::vector<std::string>& before, const std::vector<std::string>& now)
{
    for (std::size_t overlap = std::min(before.size(), now.size()); overlap > 0; --overlap) {
        if (std::equal(before.end() - static_cast<long>(overlap), before.end(), now.begin()))
            return overlap;
    }
    return 0;
}

int logs(CliContext& ctx)
{
    if (!ctx.positionals(2, "logs ENDPOINT VERSION [--tail N] [--follow]"))
        return ExitUsage;
    int tail = 200;
    if (auto t = ctx.args().take("tail")) {
        try {
            tail = std::stoi(*t);
        } catch (...) {
            tail = -1;
        }
        if (tail < 1 || tail > 10000)
            return ctx.usage("--tail must be between 1 and 10000");
    }
    const bool follow = ctx.args().takeSwitch("follow");
    if (!ctx.noLeftovers())
        return ExitUsage;
    StopSignal::install();
    auto r = ctx.api().getLogs(ctx.arg(0), ctx.arg(1), tail);
    if (!r)
        return ctx.fail(r);
    std::cout << r.value() << std::flush;
    if (!follow)
        return ExitOk;
    // The API has no log stream: poll once a second and print what is new.
    auto previous = lines(r.value());
    while (!StopSignal::waitFor(std::chrono::seconds(1))) {
        auto next = ctx.api().getLogs(ctx.arg(0), ctx.arg(1), 10000);
        if (!next)
            return ctx.fail(next);
        auto now = lines(next.value());
        for (std::size_t i = firstNew(previous, now); i < now.size(); ++i)
            std::cout << now[i] << '\n';
        std::cout << std::flush;
        previous = std::move(now);
    }
    return ExitOk;
}

} // namespace

void addLogVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back(
        {"logs",
         "",
         "logs ENDPOINT VERSION [--tail N] [--follow]",
         "Print the last lines of a version's replicas and of its supervisor (starts, exits, restarts,\n"
         "probe failures); --follow keeps printing new lines until interrupted.",
         {{"--tail N", "how many lines (200, at most 10000)"}, {"--follow", "keep printing new lines"}},
         logs});
}

} // namespace switchyard::cli
