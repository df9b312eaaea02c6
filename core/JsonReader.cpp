#include "JsonReader.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>

namespace switchyard {

JsonReader::JsonReader(const nlohmann::json& object, std::string prefix)
    : m_object(object), m_prefix(std::move(prefix))
{
    if (!m_object.is_object()) {
        const std::string what =
            m_prefix.empty() ? "The body" : "'" + m_prefix.substr(0, m_prefix.size() - 1) + "'";
        fail(Error::badRequest("InvalidType", what + " must be a JSON object.",
                               m_prefix.empty() ? std::nullopt
                                                : std::optional(m_prefix.substr(0, m_prefix.size() - 1))));
    }
}

bool JsonReader::present(const std::string& field) const
{
    return m_object.is_object() && m_object.contains(field);
}

const nlohmann::json& JsonReader::raw(const std::string& field)
{
    m_seen.insert(field);
    return m_object.at(field);
}

void JsonReader::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
}

bool JsonReader::wrongType(const std::string& field, const char* expected)
{
    fail(Error::badRequest("InvalidType", "The field '" + path(field) + "' must be " + expected + ".",
                           path(field)));
    return false;
}

bool JsonReader::convert(const std::string& field, const nlohmann::json& v, bool& out)
{
    if (!v.is_boolean())
        return wrongType(field, "true or false");
    out = v.get<bool>();
    return true;
}

bool JsonReader::convert(const std::string& field, const nlohmann::json& v, int& out)
{
    constexpr auto kMin = std::numeric_limits<int>::min();
    constexpr auto kMax = std::numeric_limits<int>::max();
    // A number outside int is refused with the range and the number as written; it must never wrap
    // (18446744073709551615 read as long long is -1, and "not -1" would hide what was sent).
    const auto outOfRange = [&] {
        fail(Error::badRequest("InvalidType",
                               "The field '" + path(field) + "' must be a whole number between " +
                                   std::to_string(kMin) + " and " + std::to_string(kMax) + ", not " +
                                   v.dump() + ".",
                               path(field)));
        return false;
    };
    if (v.is_number_unsigned()) {
        const auto wide = v.get<std::uint64_t>();
        if (wide > static_cast<std::uint64_t>(kMax))
            return outOfRange();
        out = static_cast<int>(wide);
        return true;
    }
    if (v.is_number_integer()) {
        const auto wide = v.get<std::int64_t>();
        if (wide < kMin || wide > kMax)
            return outOfRange();
        out = static_cast<int>(wide);
        return true;
    }
    // 20 and 20.0 are the same whole number; 20.5 is not one.
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (!std::isfinite(d) || std::floor(d) != d) {
            fail(Error::badRequest("InvalidType",
                                   "The field '" + path(field) + "' must be a whole number, not " + v.dump() +
                                       ".",
                                   path(field)));
            return false;
        }
        if (d < kMin || d > kMax)
            return outOfRange();
        out = static_cast<int>(d);
        return true;
    }
    return wrongType(field, "a whole number");
}

bool JsonReader::convert(const std::string& field, const nlohmann::json& v, double& out)
{
    if (!v.is_number())
        return wrongType(field, "a number");
    out = v.get<double>();
    return true;
}

bool JsonReader::convert(const std::string& field, const nlohmann::json& v, std::string& out)
{
    if (!v.is_string())
        return wrongType(field, "a string");
    out = v.get<std::string>();
    return true;
}

bool JsonReader::convert(const std::string& field, const nlohmann::json& v,
                         std::map<std::string, std::string>& out)
{
    if (!v.is_object())
        return wrongType(field, "an object of strings");
    for (const auto& [key, value] : v.items()) {
        if (!value.is_string())
            return wrongType(field, "an object of strings");
        out[key] = value.get<std::string>();
    }
    return true;
}

bool JsonReader::convert(const std::string& field, const nlohmann::json& v, std::vector<std::string>& out)
{
    if (!v.is_array())
        return wrongType(field, "an array of strings");
    for (const auto& value : v) {
        if (!value.is_string())
            return wrongType(field, "an array of strings");
        out.push_back(value.get<std::string>());
    }
    return true;
}

bool JsonReader::convert(const std::string&, const nlohmann::json& v, nlohmann::json& out)
{
    out = v;
    return true;
}

Status JsonReader::finish() const
{
    if (m_error)
        return *m_error;
    for (const auto& [key, value] : m_object.items()) {
        if (!m_seen.contains(key))
            return Error::badRequest("UnknownField", "The field '" + path(key) + "' is not known here.",
                                     path(key));
    }
    return {};
}

namespace {

// Finds the first key given twice in one object, at any depth, during the parse itself (nlohmann keeps
// the last value silently). The path names it as the error's target: "version.model", "list[].k".
class DuplicateKeyFinder
{
public:
    bool operator()(int, nlohmann::json::parse_event_t event, nlohmann::json& parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            m_frames.push_back({event == Event::array_start, {}, {}});
            break;
        case Event::object_end:
        case Event::array_end:
            if (!m_frames.empty())
                m_frames.pop_back();
            break;
        case Event::key:
            if (!m_frames.empty() && parsed.is_string()) {
                auto& frame = m_frames.back();
                auto key = parsed.get<std::string>();
                if (!frame.keys.insert(key).second && !m_duplicate)
                    m_duplicate = pathTo(key);
                frame.lastKey = std::move(key);
            }
            break;
        case Event::value:
            break;
        }
        return true;
    }

    const std::optional<std::string>& duplicate() const { return m_duplicate; }

private:
    struct Frame
    {
        bool array = false;
        std::set<std::string> keys;
        std::string lastKey;
    };

    std::string pathTo(const std::string& key) const
    {
        std::string path;
        for (std::size_t i = 0; i + 1 < m_frames.size(); ++i) {
            if (m_frames[i].array) {
                path += "[]";
            } else {
                if (!path.empty())
                    path += '.';
                path += m_frames[i].lastKey;
            }
        }
        return path.empty() ? key : path + "." + key;
    }

    std::vector<Frame> m_frames;
    std::optional<std::string> m_duplicate;
};

} // namespace

Result<nlohmann::json> JsonReader::parseObject(std::string_view text)
{
    // The parser copies its callback; the copies share one finder.
    auto finder = std::make_shared<DuplicateKeyFinder>();
    auto parsed = nlohmann::json::parse(
        text,
        [finder](int depth, nlohmann::json::parse_event_t event, nlohmann::json& value) {
            return (*finder)(depth, event, value);
        },
        false);
    if (parsed.is_discarded())
        return Error::badRequest("InvalidJson", "The body is not valid JSON.");
    if (!parsed.is_object())
        return Error::badRequest("InvalidJson", "The body must be a JSON object.");
    if (const auto& key = finder->duplicate())
        return Error::badRequest(
            "DuplicateKey", "The key '" + *key + "' appears more than once in the same object; send it once.",
            *key);
    return parsed;
}

} // namespace switchyard
