#include "VersionFlags.h"

#include <cmath>
#include <sstream>

#include "CliContext.h"

namespace switchyard::cli {
namespace {

enum class Kind
{
    Int,
    Double,
    Bool,
    String,
    NullableInt
};

struct Flag
{
    const char* key; // the contract's field; the flag is the same with '-' for '_'
    Kind kind;
    bool patchable;
    const char* help;
};

const Flag kFlags[] = {
    {"model", Kind::String, false, "registered model NAME:VERSION (required to create)"},
    {"cpu_cores", Kind::Double, false, "CPU cores per replica (0.1)"},
    {"memory_gb", Kind::Double, false, "memory per replica in GB (0.5)"},
    {"num_replicas", Kind::NullableInt, true, "fixed replica count, or 'null' (turns autoscaling off)"},
    {"autoscale_enabled", Kind::Bool, true, "true|false (true unless --num-replicas)"},
    {"autoscale_min_replicas", Kind::Int, true, "minimum replicas (1)"},
    {"autoscale_max_replicas", Kind::Int, true, "maximum replicas (10)"},
    {"autoscale_target_utilization", Kind::Int, true, "target utilization percent (70)"},
    {"autoscale_refresh_seconds", Kind::Int, true, "autoscaler refresh period (1)"},
    {"replica_max_concurrent_requests", Kind::Int, true, "requests one replica serves at once (1)"},
    {"max_request_wait_time", Kind::Int, true, "ms a request may queue before 503 (500)"},
    {"scoring_timeout_ms", Kind::Int, true, "ms a replica may take before 504 (60000)"},
    {"period_seconds", Kind::Int, false, "liveness probe period (10)"},
    {"initial_delay_seconds", Kind::Int, false, "start-up allowance before probes count (310)"},
    {"timeout_seconds", Kind::Int, false, "probe timeout (2)"},
    {"success_threshold", Kind::Int, false, "probe successes to be ready (1)"},
    {"failure_threshold", Kind::Int, false, "probe failures to restart (3)"},
    {"traffic_percentile", Kind::Int, true, "share of traffic, 0-100 (0)"},
    {"is_default", Kind::Bool, true, "true|false: the version that takes the remainder"},
    {"is_control_version_type", Kind::Bool, true, "true|false: the control version"},
    {"collect_model_data", Kind::Bool, true, "true|false: keep scored requests and answers"},
    {"description", Kind::String, true, "free text"},
};

std::string flagName(const char* key)
{
    std::string name = key;
    for (auto& c : name) {
        if (c == '_')
            c = '-';
    }
    return name;
}

Result<nlohmann::json> convert(const std::string& text, Kind kind, const std::string& flag)
{
    auto bad = [&](const char* what) {
        return Error::badRequest("Usage", "--" + flag + " must be " + what + ", not '" + text + "'");
    };
    switch (kind) {
    case Kind::String:
        return nlohmann::json(text);
    case Kind::Bool: {
        auto b = VersionFlags::parseBool(text, flag);
        if (!b)
            return b.error();
        return nlohmann::json(*b);
    }
    case Kind::NullableInt:
        if (text == "null" || text == "none")
            return nlohmann::json(nullptr);
        [[fallthrough]];
    case Kind::Int: {
        std::size_t used = 0;
        try {
            const long long v = std::stoll(text, &used);
            if (used == text.size())
                return nlohmann::json(v);
        } catch (...) {
        }
        return bad("a whole number");
    }
    case Kind::Double: {
        std::size_t used = 0;
        try {
            const double v = std::stod(text, &used);
            if (used == text.size() && std::isfinite(v))
                return nlohmann::json(v);
        } catch (...) {
        }
        return bad("a number");
    }
    }
    return bad("valid");
}

Result<nlohmann::json> readJsonFile(const std::string& path, const std::string& flag)
{
    auto text = CliContext::readFile(path);
    if (!text)
        return text.error();
    auto json = nlohmann::json::parse(*text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return Error::badRequest("Usage", "--" + flag + " " + path + " is not a JSON object");
    return json;
}

// Where a deploymentconfig.json field is (`section`, null at the top level) and its contract name. In
// order: a later entry wins over an earlier one for the same contract field.
struct DeploymentConfigName
{
    const char* section;
    const char* from;
    const char* to;
};
constexpr DeploymentConfigName kDeploymentConfigNames[] = {
    {nullptr, "tags", "tags"},
    {nullptr, "auth_enabled", "auth_enabled"},
    {nullptr, "token_auth_enabled", "token_auth_enabled"},
    {nullptr, "authEnabled", "auth_enabled"},
    {nullptr, "tokenAuthEnabled", "token_auth_enabled"},
    {nullptr, "numReplicas", "num_replicas"},
    {nullptr, "scoringTimeoutMs", "scoring_timeout_ms"},
    {nullptr, "maxConcurrentRequestsPerContainer", "replica_max_concurrent_requests"},
    {nullptr, "maxQueueWaitMs", "max_request_wait_time"},
    {nullptr, "trafficPercentile", "traffic_percentile"},
    {nullptr, "isDefault", "is_default"},
    {nullptr, "isControlVersion", "is_control_version_type"},
    {nullptr, "collectModelData", "collect_model_data"},
    {nullptr, "description", "description"},
    {"autoScaler", "autoscaleEnabled", "autoscale_enabled"},
    {"autoScaler", "minReplicas", "autoscale_min_replicas"},
    {"autoScaler", "maxReplicas", "autoscale_max_replicas"},
    {"autoScaler", "refreshPeriodInSeconds", "autoscale_refresh_seconds"},
    {"autoScaler", "targetUtilization", "autoscale_target_utilization"},
    {"containerResourceRequirements", "cpu", "cpu_cores"},
    {"containerResourceRequirements", "memoryInGB", "memory_gb"},
    {"livenessProbeRequirements", "periodSeconds", "period_seconds"},
    {"livenessProbeRequirements", "initialDelaySeconds", "initial_delay_seconds"},
    {"livenessProbeRequirements", "timeoutSeconds", "timeout_seconds"},
    {"livenessProbeRequirements", "successThreshold", "success_threshold"},
    {"livenessProbeRequirements", "failureThreshold", "failure_threshold"},
    {"dataCollection", "storageEnabled", "collect_model_data"},
};

// The seed CLI's deploymentconfig.json (camelCase, nested) mapped onto the contract's fields. Keys
// that are already contract names are taken as they are; keys we have no use for (computeType,
// appInsightsEnabled, …) are ignored, as the seed CLI ignores what does not apply to a target.
nlohmann::json fromDeploymentConfig(const nlohmann::json& dc)
{
    nlohmann::json out = nlohmann::json::object();
    auto copy = [&](const nlohmann::json& from, const char* name, const char* to) {
        if (from.is_object() && from.contains(name))
            out[to] = from.at(name);
    };
    for (const auto& f : kFlags)
        copy(dc, f.key, f.key);
    for (const auto& name : kDeploymentConfigNames) {
        if (!name.section)
            copy(dc, name.from, name.to);
        else if (dc.contains(name.section))
            copy(dc.at(name.section), name.from, name.to);
    }
    return out;
}

// inferenceconfig.json: the contract's inference_config object (camelCase names accepted too).
nlohmann::json fromInferenceConfig(const nlohmann::json& ic)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, value] : ic.items()) {
        if (key == "healthPath")
            out["health_path"] = value;
        else if (key == "scorePath")
            out["score_path"] = value;
        else if (key == "environmentVariables")
            out["env"] = value;
        else
            out[key] = value;
    }
    return out;
}

Result<nlohmann::json> build(CliArgs& args, bool patch)
{
    nlohmann::json json = nlohmann::json::object();
    if (!patch) {
        if (auto dc = args.take("dc")) {
            auto file = readJsonFile(*dc, "dc");
            if (!file)
                return file.error();
            json = fromDeploymentConfig(*file);
        }
        nlohmann::json config = nlohmann::json::object();
        if (auto ic = args.take("ic")) {
            auto file = readJsonFile(*ic, "ic");
            if (!file)
                return file.error();
            config = fromInferenceConfig(*file);
        }
        if (auto v = args.take("runtime"))
            config["runtime"] = *v;
        if (auto v = args.take("command")) {
            auto parsed = nlohmann::json::parse(*v, nullptr, false);
            if (parsed.is_array()) {
                config["command"] = parsed;
            } else {
                std::istringstream words(*v);
                std::vector<std::string> argv;
                for (std::string w; words >> w;)
                    argv.push_back(w);
                config["command"] = argv;
            }
            if (!config.contains("runtime"))
                config["runtime"] = "command";
        }
        for (const auto& pair : args.takeAll("env")) {
            const auto eq = pair.find('=');
            if (eq == std::string::npos)
                return Error::badRequest("Usage", "--env must be NAME=VALUE, not '" + pair + "'");
            config["env"][pair.substr(0, eq)] = pair.substr(eq + 1);
        }
        if (auto v = args.take("health-path"))
            config["health_path"] = *v;
        if (auto v = args.take("score-path"))
            config["score_path"] = *v;
        if (!config.empty())
            json["inference_config"] = config;
    }
    for (const auto& f : kFlags) {
        if (patch && !f.patchable)
            continue;
        const std::string name = flagName(f.key);
        if (auto v = args.take(name)) {
            auto value = convert(*v, f.kind, name);
            if (!value)
                return value.error();
            json[f.key] = *value;
        }
    }
    if (args.has("tag")) {
        auto tags = VersionFlags::tags(args.takeAll("tag"), "tag");
        if (!tags)
            return tags.error();
        json["tags"] = *tags;
    }
    return json;
}

} // namespace

Result<bool> VersionFlags::parseBool(const std::string& text, const std::string& flag)
{
    if (text == "true" || text == "yes" || text == "1")
        return true;
    if (text == "false" || text == "no" || text == "0")
        return false;
    return Error::badRequest("Usage", "--" + flag + " must be true or false, not '" + text + "'");
}

Result<nlohmann::json> VersionFlags::tags(const std::vector<std::string>& pairs, const std::string& flag)
{
    nlohmann::json tags = nlohmann::json::object();
    for (const auto& pair : pairs) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos || eq == 0)
            return Error::badRequest("Usage", "--" + flag + " must be KEY=VALUE, not '" + pair + "'");
        tags[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
    return tags;
}

Result<nlohmann::json> VersionFlags::specJson(CliArgs& args)
{
    return build(args, false);
}

Result<nlohmann::json> VersionFlags::patchJson(CliArgs& args)
{
    return build(args, true);
}

std::vector<std::pair<std::string, std::string>> VersionFlags::help(bool patch)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& f : kFlags) {
        if (!patch || f.patchable)
            out.emplace_back("--" + flagName(f.key) + " V", f.help);
    }
    out.emplace_back("--tag KEY=VALUE", "a tag (repeatable; replaces all tags)");
    if (!patch) {
        out.emplace_back("--runtime builtin|command", "how replicas run (builtin)");
        out.emplace_back("--command 'PROG ARG…'", "program for runtime command (or a JSON array)");
        out.emplace_back("--env NAME=VALUE", "environment for the command (repeatable)");
        out.emplace_back("--health-path P / --score-path P", "the command's routes (/health, /score)");
        out.emplace_back("--dc FILE",
                         "deploymentconfig.json (the seed CLI's camelCase form or contract names)");
        out.emplace_back("--ic FILE", "inferenceconfig.json (the contract's inference_config object)");
    }
    return out;
}

} // namespace switchyard::cli
