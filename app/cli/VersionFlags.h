#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "CliArgs.h"
#include "Result.h"

namespace switchyard::cli {

// The command-line form of VersionSpec and VersionPatch: one --kebab-case flag per contract field
// (--cpu-cores for cpu_cores, …), plus the seed CLI's --dc deploymentconfig.json and --ic
// inferenceconfig.json files. Builds the contract's JSON, which core's fromJson then validates.
class VersionFlags
{
public:
    // Consumes the flags it knows from `args`. Flags win over --ic, which wins over --dc.
    // The result has no "version_name"; "auth_enabled"/"token_auth_enabled" from a --dc file are kept
    // for `endpoint create` (callers creating a version drop them).
    static Result<nlohmann::json> specJson(CliArgs& args);
    static Result<nlohmann::json> patchJson(CliArgs& args);
    static std::vector<std::pair<std::string, std::string>> help(bool patch);
    // --tag k=v … into {"k": "v"}.
    static Result<nlohmann::json> tags(const std::vector<std::string>& pairs, const std::string& flag);
    // "true"/"false"/"yes"/"no"/"1"/"0".
    static Result<bool> parseBool(const std::string& text, const std::string& flag);
};

} // namespace switchyard::cli
