#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "Result.h"

namespace switchyard::cli {

// The command line split into positionals and --options. "--name value" and "--name=value" both work;
// a few switches (--help, --insecure, --follow) take no value. Options may repeat (--tag a=1 --tag b=2).
class CliArgs
{
public:
    static Result<CliArgs> parse(const std::vector<std::string>& argv);

    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> options;

    bool has(const std::string& name) const { return options.contains(name); }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    // Removes a consumed option (so leftovers can be reported as unknown).
    std::optional<std::string> take(const std::string& name);
    std::vector<std::string> takeAll(const std::string& name);
    bool takeSwitch(const std::string& name);

    static bool isSwitch(const std::string& name);
};

} // namespace switchyard::cli
