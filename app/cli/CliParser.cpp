#include "CliParser.h"

#include <map>
#include <memory>
#include <set>

#include <CLI/CLI.hpp>

namespace switchyard::cli {
namespace {

// An option CLI11 will fill, under the name verbs take it by ("tail" for --tail).
struct Declared
{
    std::string name;
    bool isSwitch = false;
    CLI::Option* option = nullptr;
};

struct Declarations
{
    std::vector<Declared> options;
    std::vector<std::string> positional;
};

CLI::Option* declare(CLI::App& app, const std::string& name, bool isSwitch, Declarations& out)
{
    CLI::Option* option = isSwitch ? app.add_flag("--" + name) : app.add_option("--" + name);
    if (!isSwitch) {
        // Every occurrence is kept (--tag a=1 --tag b=2); a single-valued option reads the last one.
        option->type_size(1)->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    }
    out.options.push_back({name, isSwitch, option});
    return option;
}

// A verb's help lists its flags as "--tail N", "--follow" or "--health-path P / --score-path P": a flag
// followed by a placeholder takes a value, one alone is a switch.
void declareVerbFlags(CLI::App& app, const Verb& verb, Declarations& out)
{
    std::set<std::string> seen;
    for (const auto& [usage, what] : verb.flags) {
        std::size_t start = 0;
        while (start < usage.size()) {
            const auto bar = usage.find(" / ", start);
            const std::string part =
                usage.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
            start = bar == std::string::npos ? usage.size() : bar + 3;
            if (part.rfind("--", 0) != 0)
                continue;
            const auto space = part.find(' ');
            const std::string name =
                part.substr(2, space == std::string::npos ? std::string::npos : space - 2);
            if (seen.insert(name).second)
                declare(app, name, space == std::string::npos, out);
        }
    }
    app.add_option("arguments", out.positional);
}

} // namespace

Result<CommandLine> CliParser::parse(int argc, const char* const* argv, const std::vector<Verb>& verbs)
{
    CLI::App app("Steer a Switchyard cluster.", "switchyard-cli");
    // The help text is the verbs' own (main prints it), so --help is a plain switch here; what CLI11 does
    // not know stays behind, to be reported in the words below.
    app.set_help_flag();
    app.allow_extras();
    Declarations globals;
    globals.options.push_back({"help", true, app.add_flag("-h,--help")});
    for (const char* name : {"server", "admin-token-file", "token-file", "ca-file", "output"})
        declare(app, name, false, globals);
    declare(app, "insecure", true, globals);

    // A subcommand per group and one per verb inside it (a single-word verb is its group). Global options
    // fall through, so they may follow the verb.
    std::map<std::string, CLI::App*> groups;
    std::vector<std::pair<const Verb*, std::unique_ptr<Declarations>>> declared;
    std::map<const CLI::App*, std::size_t> verbOf;
    for (const auto& verb : verbs) {
        CLI::App*& group = groups[verb.group];
        if (!group) {
            group = app.add_subcommand(verb.group);
            group->fallthrough();
            group->allow_extras();
        }
        CLI::App* command = group;
        if (!verb.name.empty()) {
            command = group->add_subcommand(verb.name);
            command->fallthrough();
        }
        declared.emplace_back(&verb, std::make_unique<Declarations>());
        declareVerbFlags(*command, verb, *declared.back().second);
        verbOf[command] = declared.size() - 1;
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ArgumentMismatch& error) {
        // CLI11 says "--tail: 1 required  missing"; the option's name and what it needs read better.
        const std::string text = error.what();
        const auto colon = text.find(':');
        if (text.rfind("--", 0) == 0 && colon != std::string::npos)
            return Error::badRequest("Usage", text.substr(0, colon) + " needs a value.");
        return Error::badRequest("Usage", text);
    } catch (const CLI::ParseError& error) {
        return Error::badRequest("Usage", error.what());
    }

    CommandLine line;
    const CLI::App* group = app.get_subcommands().empty() ? nullptr : app.get_subcommands().front();
    const CLI::App* command = group;
    if (group && !group->get_subcommands().empty())
        command = group->get_subcommands().front();
    const auto verb = command ? verbOf.find(command) : verbOf.end();
    if (group)
        line.group = group->get_name();
    if (group && verb == verbOf.end()) {
        // A group that needs a verb, without one it knows.
        // What was typed as the verb may stay with the group or reach the top (CLI11 passes it up).
        auto rest = group->remaining();
        for (const auto& extra : app.remaining())
            rest.push_back(extra);
        std::erase_if(rest, [](const std::string& word) { return word.rfind('-', 0) == 0; });
        const std::string known = knownVerbs(verbs, line.group);
        if (globals.options.front().option->count() == 0 || known.empty())
            return Error::badRequest(
                "Usage", "unknown command '" + line.group +
                             (rest.empty() ? std::string() : " " + rest.front()) + "'" +
                             (known.empty() ? std::string() : " (verbs: " + known + ")") + "; see --help");
    }
    std::vector<std::string> leftovers = app.remaining();
    if (group) {
        for (const auto& extra : group->remaining())
            leftovers.push_back(extra);
    }
    for (const auto& extra : leftovers) {
        if (extra.rfind("-", 0) == 0)
            return Error::badRequest("Usage", "unknown option " + extra + " (see --help)");
        if (!group)
            return Error::badRequest("Usage", "unknown command '" + extra + "'; see --help");
    }

    std::vector<const Declared*> given;
    for (const auto& d : globals.options)
        given.push_back(&d);
    if (verb != verbOf.end()) {
        const auto& [v, declarations] = declared[verb->second];
        line.verb = v;
        line.args.positional = declarations->positional;
        for (const auto& d : declarations->options)
            given.push_back(&d);
    }
    for (const Declared* d : given) {
        if (d->option->count() == 0)
            continue;
        if (d->isSwitch)
            line.args.options[d->name].push_back("true");
        else
            line.args.options[d->name] = d->option->results();
    }
    line.help = line.args.takeSwitch("help");
    return line;
}

} // namespace switchyard::cli
