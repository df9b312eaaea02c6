// events [--after SEQ] [--operator NAME] [--follow].
#include <mutex>

#include "CliContext.h"
#include "StopSignal.h"
#include "Table.h"
#include "Verb.h"

namespace switchyard::cli {
namespace {

constexpr int kFollowWaitSeconds = 25; // each long poll of --follow (the server allows up to 30)

std::vector<std::string> row(const EventRecord& e)
{
    return {std::to_string(e.seq),
            e.time,
            e.kind,
            e.endpoint.empty() ? "-" : e.endpoint,
            e.version.empty() ? "-" : e.version,
            !e.operatorName.empty() ? e.operatorName : (e.causedBy.empty() ? "-" : e.causedBy),
            e.detail.empty() ? "" : e.detail.dump()};
}

int events(CliContext& ctx)
{
    if (!ctx.positionals(0, "events [--after SEQ] [--operator NAME] [--follow]"))
        return ExitUsage;
    std::int64_t after = 0;
    if (auto a = ctx.args().take("after")) {
        try {
            after = std::stoll(*a);
        } catch (...) {
            return ctx.usage("--after must be a sequence number");
        }
    }
    const auto byOption = ctx.args().take("operator");
    if (byOption && byOption->empty())
        return ctx.usage("--operator needs an operator's name");
    const std::string by = byOption.value_or("");
    const bool follow = ctx.args().takeSwitch("follow");
    if (!ctx.noLeftovers())
        return ExitUsage;
    StopSignal::install();
    if (!follow) {
        auto r = ctx.api().pollEvents(after, 0, by);
        if (!r)
            return ctx.fail(r);
        if (ctx.json()) {
            ctx.printJson(r->toJson());
            return ExitOk;
        }
        Table table({"SEQ", "TIME", "KIND", "ENDPOINT", "VERSION", "BY", "DETAIL"});
        for (const auto& e : r->events)
            table.add(row(e));
        table.print(std::cout);
        return ExitOk;
    }
    // Follow: one line per event (JSON lines with --output json), across server restarts. With --operator
    // the server filters the feed (?operator=, so its long poll waits for that operator's events); one page
    // asked first lets the server refuse a name that cannot be an operator's with a clear error, as it does
    // without --follow, where the subscription would only retry. The CLI filters too: a server from before
    // ?operator= ignores it and answers everyone's events.
    if (!by.empty()) {
        if (auto check = ctx.api().pollEvents(after, 0, by); !check)
            return ctx.fail(check);
    }
    std::mutex mutex;
    const bool json = ctx.json();
    if (!json)
        std::cout << "SEQ  TIME  KIND  ENDPOINT  VERSION  BY  DETAIL" << std::endl;
    auto handle = ctx.asyncApi().subscribeEvents(
        after,
        [&](const EventPage& page) {
            std::lock_guard lock(mutex);
            for (const auto& e : page.events) {
                if (!by.empty() && e.operatorName != by)
                    continue;
                if (json) {
                    std::cout << e.toJson().dump() << '\n';
                } else {
                    std::string line;
                    for (const auto& cell : row(e))
                        line += (line.empty() ? "" : "  ") + cell;
                    std::cout << line << '\n';
                }
            }
            std::cout << std::flush;
        },
        [&](bool connected, const Error& error) {
            std::lock_guard lock(mutex);
            if (connected)
                std::cerr << "events: connected again" << std::endl;
            else
                std::cerr << "events: lost the feed (" << client::describe(error, 0) << "); retrying"
                          << std::endl;
        },
        kFollowWaitSeconds, by);
    while (!StopSignal::waitFor(std::chrono::milliseconds(200))) {
    }
    handle.cancel();
    return ExitOk;
}

} // namespace

void addEventVerbs(std::vector<Verb>& verbs)
{
    verbs.push_back(
        {"events",
         "",
         "events [--after SEQ] [--operator NAME] [--follow]",
         "Print the audit log / change feed (endpoint, version, traffic, state and scaling events, each\n"
         "naming who caused it); --follow keeps printing new events (resuming after server restarts)\n"
         "until interrupted.",
         {{"--after SEQ", "only events after this sequence number (0)"},
          {"--operator NAME", "only the events this operator caused (admin: the admin token)"},
          {"--follow", "keep printing new events"}},
         events});
}

} // namespace switchyard::cli
