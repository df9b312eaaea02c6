#include "InferenceConfig.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace switchyard {
namespace {
constexpr const char* kPrefix = "inference_config.";
}

Result<InferenceConfig> InferenceConfig::fromJson(const nlohmann::json& json)
{
    InferenceConfig config;
    JsonReader reader(json, kPrefix);
    std::string runtime = "builtin";
    reader.optional("runtime", runtime);
    reader.optional("command", config.command);
    reader.optional("image", config.image);
    reader.optional("env", config.env);
    reader.optional("health_path", config.healthPath);
    reader.optional("score_path", config.scorePath);
    if (auto status = reader.finish(); !status)
        return status.error();
    if (runtime == "builtin")
        config.runtime = Runtime::Builtin;
    else if (runtime == "command")
        config.runtime = Runtime::Command;
    else
        return Error::badRequest(
            "InvalidValue", "inference_config.runtime must be 'builtin' or 'command', not '" + runtime + "'.",
            "inference_config.runtime");
    if (auto status = config.validate(); !status)
        return status.error();
    return config;
}

Status InferenceConfig::validate() const
{
    if (runtime == Runtime::Command && command.empty())
        return Error::badRequest(
            "MissingField",
            "A 'command' runtime needs inference_config.command: the program and its arguments.",
            "inference_config.command");
    if (runtime == Runtime::Builtin && !command.empty())
        return Error::badRequest("InvalidValue",
                                 "inference_config.command is only used with runtime 'command'.",
                                 "inference_config.command");
    if (!image.empty()) {
        if (runtime != Runtime::Command)
            return Error::badRequest("InvalidValue",
                                     "inference_config.image is only used with runtime 'command'.",
                                     "inference_config.image");
        const bool printable =
            std::all_of(image.begin(), image.end(), [](unsigned char c) { return c > ' ' && c < 127; });
        if (image.size() > 512 || !printable)
            return Error::badRequest(
                "InvalidValue",
                "inference_config.image must be an image reference (at most 512 printable "
                "characters, no spaces), e.g. registry.example.com/team/model:1.2.",
                "inference_config.image");
    }
    for (const auto* path : {&healthPath, &scorePath}) {
        if (path->empty() || path->front() != '/') {
            const char* field =
                path == &healthPath ? "inference_config.health_path" : "inference_config.score_path";
            return Error::badRequest("InvalidValue",
                                     std::string(field) + " must be a path starting with '/'.", field);
        }
    }
    return {};
}

nlohmann::json InferenceConfig::toJson() const
{
    nlohmann::json json{{"runtime", runtime == Runtime::Builtin ? "builtin" : "command"}};
    if (runtime == Runtime::Command) {
        json["command"] = command;
        if (!image.empty())
            json["image"] = image;
        json["env"] = env;
        json["health_path"] = healthPath;
        json["score_path"] = scorePath;
    }
    return json;
}

} // namespace switchyard
