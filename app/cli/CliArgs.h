#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace switchyard::cli {

// A verb's positionals and --options as CliParser read them. Options may repeat (--tag a=1 --tag b=2); a
// switch (--insecure, --follow) holds "true". Verbs take what they use, so leftovers can be reported.
class CliArgs
{
public:
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> options;

    bool has(const std::string& name) const { return options.contains(name); }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    // Removes a consumed option (so leftovers can be reported as unknown).
    std::optional<std::string> take(const std::string& name);
    std::vector<std::string> takeAll(const std::string& name);
    bool takeSwitch(const std::string& name);
};

} // namespace switchyard::cli
