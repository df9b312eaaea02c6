#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace switchyard {

// Reading objects the API server sends, where any field may be missing or of another type: a missing
// or mistyped field reads as null or "", never as an exception.
struct JsonField
{
    static const nlohmann::json& member(const nlohmann::json& object, std::string_view key)
    {
        static const nlohmann::json none;
        if (!object.is_object())
            return none;
        const auto it = object.find(key);
        return it == object.end() ? none : *it;
    }
    static std::string text(const nlohmann::json& object, std::string_view key)
    {
        const auto& value = member(object, key);
        return value.is_string() ? value.get<std::string>() : std::string();
    }
};

} // namespace switchyard
