#include "LabelSelector.h"

#include <sstream>

namespace fakekube {
namespace {

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

} // namespace

bool LabelSelector::parse(const std::string& text)
{
    m_terms.clear();
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        part = trim(part);
        if (part.empty())
            continue;
        if (part.find(" in ") != std::string::npos || part.find(" notin ") != std::string::npos ||
            part.find('(') != std::string::npos)
            return false;
        Term term;
        if (const auto at = part.find("!="); at != std::string::npos) {
            term = {trim(part.substr(0, at)), trim(part.substr(at + 2)), Term::Op::NotEquals};
        } else if (const auto eq2 = part.find("=="); eq2 != std::string::npos) {
            term = {trim(part.substr(0, eq2)), trim(part.substr(eq2 + 2)), Term::Op::Equals};
        } else if (const auto eq = part.find('='); eq != std::string::npos) {
            term = {trim(part.substr(0, eq)), trim(part.substr(eq + 1)), Term::Op::Equals};
        } else if (part[0] == '!') {
            term = {trim(part.substr(1)), {}, Term::Op::NotExists};
        } else {
            term = {part, {}, Term::Op::Exists};
        }
        if (term.key.empty())
            return false;
        m_terms.push_back(std::move(term));
    }
    return true;
}

bool LabelSelector::matches(const nlohmann::json& labels) const
{
    for (const auto& term : m_terms) {
        const bool has = labels.is_object() && labels.contains(term.key) && labels[term.key].is_string();
        const std::string value = has ? labels[term.key].get<std::string>() : std::string();
        switch (term.op) {
        case Term::Op::Equals:
            if (!has || value != term.value)
                return false;
            break;
        case Term::Op::NotEquals:
            if (has && value == term.value)
                return false;
            break;
        case Term::Op::Exists:
            if (!has)
                return false;
            break;
        case Term::Op::NotExists:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

bool LabelSelector::matchLabels(const nlohmann::json& matchLabels, const nlohmann::json& labels)
{
    if (!matchLabels.is_object())
        return false;
    for (const auto& [key, value] : matchLabels.items()) {
        if (!labels.is_object() || !labels.contains(key) || labels[key] != value)
            return false;
    }
    return true;
}

std::string LabelSelector::format(const nlohmann::json& matchLabels)
{
    std::string out;
    if (!matchLabels.is_object())
        return out;
    for (const auto& [key, value] : matchLabels.items()) {
        if (!out.empty())
            out += ',';
        out += key + "=" + (value.is_string() ? value.get<std::string>() : value.dump());
    }
    return out;
}

std::string LabelSelector::unknownField() const
{
    for (const auto& term : m_terms) {
        if (term.key != "metadata.name" && term.key != "metadata.namespace" && term.key != "status.phase" &&
            term.key != "spec.nodeName")
            return term.key;
    }
    return {};
}

nlohmann::json LabelSelector::fieldsOf(const nlohmann::json& object)
{
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& [field, pointer] :
         {std::pair<const char*, const char*>{"metadata.name", "/metadata/name"},
          {"metadata.namespace", "/metadata/namespace"},
          {"status.phase", "/status/phase"},
          {"spec.nodeName", "/spec/nodeName"}}) {
        const nlohmann::json::json_pointer at(pointer);
        if (object.contains(at) && object[at].is_string())
            fields[field] = object[at];
    }
    return fields;
}

} // namespace fakekube
