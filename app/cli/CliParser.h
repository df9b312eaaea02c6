#pragma once

#include <string>
#include <vector>

#include "CliArgs.h"
#include "Result.h"
#include "Verb.h"

namespace switchyard::cli {

// The command line as CLI11 reads it against the verbs' own flag lists: which verb (or group, for
// "endpoint --help"), whether help was asked, and the verb's positionals and options, global ones included.
struct CommandLine
{
    std::string group;          // empty when no command was given
    const Verb* verb = nullptr; // null for a group without (a known) verb
    bool help = false;
    CliArgs args;
};

class CliParser
{
public:
    // A usage error (exit 2) names the unknown command, the unknown option or the value missing.
    static Result<CommandLine> parse(int argc, const char* const* argv, const std::vector<Verb>& verbs);
};

} // namespace switchyard::cli
