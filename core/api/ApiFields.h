#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "JsonReader.h"

namespace switchyard {

// Helpers for reading response bodies. Responses are read leniently about extra fields (a newer
// server may add some) but strictly about the types of the fields we know.
class ApiFields
{
public:
    // The first type error, ignoring unknown fields (unlike JsonReader::finish, which is for requests).
    static Status lenientFinish(const JsonReader& reader);

    static bool int64(JsonReader& reader, const std::string& field, std::int64_t& out, bool required);
    // An array of numbers; null entries (no sample) read as NaN and are written back as null.
    static bool numbers(JsonReader& reader, const std::string& field, std::vector<double>& out);
    static bool int64s(JsonReader& reader, const std::string& field, std::vector<std::int64_t>& out);
    static nlohmann::json numbersToJson(const std::vector<double>& values);

    // {"<key>": [item, …]} with each item read by T::fromJson.
    template <class T>
    static Result<std::vector<T>> list(const nlohmann::json& json, const std::string& key)
    {
        if (!json.is_object() || !json.contains(key) || !json.at(key).is_array())
            return Error::badRequest("InvalidType", "The field '" + key + "' must be an array.", key);
        std::vector<T> items;
        for (const auto& item : json.at(key)) {
            auto parsed = T::fromJson(item);
            if (!parsed)
                return parsed.error();
            items.push_back(std::move(parsed).value());
        }
        return items;
    }

    template <class T>
    static nlohmann::json listToJson(const std::vector<T>& items, const std::string& key)
    {
        auto array = nlohmann::json::array();
        for (const auto& item : items)
            array.push_back(item.toJson());
        return {{key, array}};
    }
};

} // namespace switchyard
