#include "CliArgs.h"

namespace switchyard::cli {

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
