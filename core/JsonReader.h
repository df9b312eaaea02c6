#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "Result.h"

namespace switchyard {

// Reads the fields of one JSON object strictly: each field is type-checked, unknown fields and wrong
// types are clear errors naming the field. The first error wins; finish() reports it.
class JsonReader
{
public:
    JsonReader(const nlohmann::json& object, std::string prefix = {});

    template <class T>
    void required(const std::string& field, T& out)
    {
        if (!present(field)) {
            fail(Error::badRequest("MissingField", "The field '" + path(field) + "' is required.",
                                   path(field)));
            return;
        }
        read(field, out);
    }

    template <class T>
    bool optional(const std::string& field, T& out)
    {
        if (!present(field))
            return false;
        read(field, out);
        return true;
    }

    // A field that may be absent (out stays empty) or null (out holds an empty optional).
    template <class T>
    bool nullable(const std::string& field, std::optional<std::optional<T>>& out)
    {
        if (!present(field))
            return false;
        m_seen.insert(field);
        if (m_object.at(field).is_null()) {
            out = std::optional<T>{};
            return true;
        }
        T value{};
        if (convert(field, m_object.at(field), value))
            out = std::optional<T>{std::move(value)};
        return true;
    }

    template <class T>
    bool nullable(const std::string& field, std::optional<T>& out)
    {
        if (!present(field))
            return false;
        m_seen.insert(field);
        if (m_object.at(field).is_null()) {
            out.reset();
            return true;
        }
        T value{};
        if (convert(field, m_object.at(field), value))
            out = std::move(value);
        return true;
    }

    bool has(const std::string& field) const { return present(field); }
    const nlohmann::json& raw(const std::string& field);
    void fail(Error error);
    bool failed() const { return m_error.has_value(); }
    std::string path(const std::string& field) const { return m_prefix + field; }

    // Reports the first error, or an unknown field if every read succeeded.
    Status finish() const;

    static Result<nlohmann::json> parseObject(std::string_view text);

private:
    bool present(const std::string& field) const;
    template <class T>
    void read(const std::string& field, T& out)
    {
        m_seen.insert(field);
        T value{};
        if (convert(field, m_object.at(field), value))
            out = std::move(value);
    }

    bool convert(const std::string& field, const nlohmann::json& v, bool& out);
    bool convert(const std::string& field, const nlohmann::json& v, int& out);
    bool convert(const std::string& field, const nlohmann::json& v, double& out);
    bool convert(const std::string& field, const nlohmann::json& v, std::string& out);
    bool convert(const std::string& field, const nlohmann::json& v, std::map<std::string, std::string>& out);
    bool convert(const std::string& field, const nlohmann::json& v, std::vector<std::string>& out);
    bool convert(const std::string& field, const nlohmann::json& v, nlohmann::json& out);
    bool wrongType(const std::string& field, const char* expected);

    const nlohmann::json& m_object;
    std::string m_prefix;
    std::set<std::string> m_seen;
    std::optional<Error> m_error;
};

} // namespace switchyard
