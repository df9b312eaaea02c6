#include "CliArgs.h"

namespace switchyard::cli {

bool CliArgs::isSwitch(const std::string& name)
{
    static const std::set<std::string> switches{"help", "insecure", "follow"};
    return switches.contains(name);
}

Result<CliArgs> CliArgs::parse(const std::vector<std::string>& argv)
{
    CliArgs args;
    bool onlyPositional = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (onlyPositional || a.size() < 2 || a[0] != '-' || (a[1] != '-' && a != "-h")) {
            args.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            onlyPositional = true;
            continue;
        }
        if (a == "-h") {
            args.options["help"].push_back("true");
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (isSwitch(name)) {
            if (value)
                return Error::badRequest("Usage", "--" + name + " takes no value.");
            args.options[name].push_back("true");
            continue;
        }
        if (!value) {
            if (i + 1 >= argv.size())
                return Error::badRequest("Usage", "--" + name + " needs a value.");
            value = argv[++i];
        }
        args.options[name].push_back(*value);
    }
    return args;
}

std::optional<std::string> CliArgs::value(const std::string& name) const
{
    auto it = options.find(name);
    if (it == options.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> CliArgs::values(const std::string& name) const
{
    auto it = options.find(name);
    return it == options.end() ? std::vector<std::string>{} : it->second;
}

std::optional<std::string> CliArgs::take(const std::string& name)
{
    auto v = value(name);
    options.erase(name);
    return v;
}

std::vector<std::string> CliArgs::takeAll(const std::string& name)
{
    auto v = values(name);
    options.erase(name);
    return v;
}

bool CliArgs::takeSwitch(const std::string& name)
{
    const bool present = has(name);
    options.erase(name);
    return present;
}

} // namespace switchyard::cli
