#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "JsonReader.h"

namespace switchyard {

// How a version's replicas run: the built-in model server, or any HTTP program on $PORT.
struct InferenceConfig
{
    enum class Runtime
    {
        Builtin,
        Command
    };

    Runtime runtime = Runtime::Builtin;
    std::vector<std::string> command;
    // The container image of a 'command' runtime on the Kubernetes backend (a local cluster runs the
    // command on its own host and ignores it).
    std::string image;
    std::map<std::string, std::string> env;
    std::string healthPath = "/health";
    std::string scorePath = "/score";

    static Result<InferenceConfig> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    Status validate() const;
    bool operator==(const InferenceConfig&) const = default;
};

} // namespace switchyard
