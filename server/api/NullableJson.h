#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace switchyard::server {

// A name the contract shows as null when there is none (no default yet, no control).
inline nlohmann::json nullableName(const std::optional<std::string>& name)
{
    return name ? nlohmann::json(*name) : nlohmann::json(nullptr);
}

} // namespace switchyard::server
