#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fakekube {

// The equality-based label selectors of list and watch queries (`a=b,c==d,e!=f`, `g` exists, `!h`)
// and matchLabels; set-based ones (`in`, `notin`) are refused as unsupported by the fake.
class LabelSelector
{
public:
    // Empty text selects everything. False when the text is not one the fake understands.
    bool parse(const std::string& text);
    bool matches(const nlohmann::json& labels) const;
    static bool matchLabels(const nlohmann::json& matchLabels, const nlohmann::json& labels);
    // `a=b,c=d` for a Scale's status.selector.
    static std::string format(const nlohmann::json& matchLabels);

    // Field selectors have the same syntax over a few fields; these are the ones the fake knows.
    // The first unknown field of this selector, or an empty string.
    std::string unknownField() const;
    // The known fields of an object, as a selector matches them.
    static nlohmann::json fieldsOf(const nlohmann::json& object);

private:
    struct Term
    {
        std::string key;
        std::string value;
        enum class Op
        {
            Equals,
            NotEquals,
            Exists,
            NotExists
        } op = Op::Equals;
    };
    std::vector<Term> m_terms;
};

} // namespace fakekube
