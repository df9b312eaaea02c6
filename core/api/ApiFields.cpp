#include "api/ApiFields.h"

#include <cmath>
#include <limits>

namespace switchyard {
namespace {

Error typeError(const JsonReader& reader, const std::string& field, const char* expected)
{
    return Error::badRequest("InvalidType",
                             "The field '" + reader.path(field) + "' must be " + expected + ".",
                             reader.path(field));
}

bool toInt64(const nlohmann::json& v, std::int64_t& out)
{
    if (v.is_number_integer()) {
        out = v.get<std::int64_t>();
        return true;
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e18) {
            out = static_cast<std::int64_t>(d);
            return true;
        }
    }
    return false;
}

} // namespace

Status ApiFields::lenientFinish(const JsonReader& reader)
{
    if (reader.failed())
        return reader.finish(); // reports the first recorded error before any unknown field
    return {};
}

bool ApiFields::int64(JsonReader& reader, const std::string& field, std::int64_t& out, bool required)
{
    if (!reader.has(field)) {
        if (required)
            reader.fail(Error::badRequest(
                "MissingField", "The field '" + reader.path(field) + "' is required.", reader.path(field)));
        return false;
    }
    if (!toInt64(reader.raw(field), out)) {
        reader.fail(typeError(reader, field, "a whole number"));
        return false;
    }
    return true;
}

bool ApiFields::numbers(JsonReader& reader, const std::string& field, std::vector<double>& out)
{
    if (!reader.has(field))
        return false;
    const auto& v = reader.raw(field);
    if (!v.is_array()) {
        reader.fail(typeError(reader, field, "an array of numbers"));
        return false;
    }
    out.clear();
    out.reserve(v.size());
    for (const auto& item : v) {
        if (item.is_null()) {
            out.push_back(std::numeric_limits<double>::quiet_NaN());
        } else if (item.is_number()) {
            out.push_back(item.get<double>());
        } else {
            reader.fail(typeError(reader, field, "an array of numbers"));
            return false;
        }
    }
    return true;
}

bool ApiFields::int64s(JsonReader& reader, const std::string& field, std::vector<std::int64_t>& out)
{
    if (!reader.has(field))
        return false;
    const auto& v = reader.raw(field);
    if (!v.is_array()) {
        reader.fail(typeError(reader, field, "an array of whole numbers"));
        return false;
    }
    out.clear();
    out.reserve(v.size());
    for (const auto& item : v) {
        std::int64_t n = 0;
        if (!toInt64(item, n)) {
            reader.fail(typeError(reader, field, "an array of whole numbers"));
            return false;
        }
        out.push_back(n);
    }
    return true;
}

nlohmann::json ApiFields::numbersToJson(const std::vector<double>& values)
{
    auto array = nlohmann::json::array();
    for (double v : values)
        array.push_back(std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr));
    return array;
}

} // namespace switchyard
