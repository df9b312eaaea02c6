#pragma once

#include <map>
#include <string>

#include "CliContext.h"

namespace switchyard::cli {

// How the answers look to people (tables) or scripts (--output json).
class Views
{
public:
    static void endpoint(CliContext& ctx, const EndpointInfo& e);
    static void version(CliContext& ctx, const VersionInfo& v);
    // The endpoint's versions: a table, or {"endpoint", "versions": [...]} for --output json.
    static void versions(CliContext& ctx, const EndpointInfo& e);
    static std::string traffic(const std::map<std::string, int>& split);
    static std::string tags(const std::map<std::string, std::string>& tags);
};

} // namespace switchyard::cli
