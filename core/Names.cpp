#include "Names.h"

#include <charconv>

namespace switchyard {
namespace {

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlnum(char c)
{
    return isLower(c) || isDigit(c) || (c >= 'A' && c <= 'Z');
}

} // namespace

std::string ModelRef::toString() const
{
    return name + ":" + std::to_string(version);
}

Status validateResourceName(std::string_view name, std::string_view field)
{
    bool valid = name.size() >= 3 && name.size() <= 32 && isLower(name.front());
    for (char c : name)
        valid = valid && (isLower(c) || isDigit(c) || c == '-');
    if (valid)
        return {};
    return Error::badRequest("InvalidName",
                             "'" + std::string(name) +
                                 "' is not a valid name: use 3 to 32 characters, lower-case letters, digits "
                                 "and '-', starting with a letter.",
                             std::string(field));
}

Status validateModelName(std::string_view name, std::string_view field)
{
    bool valid = !name.empty() && name.size() <= 255 && isAlnum(name.front());
    for (char c : name)
        valid = valid && (isAlnum(c) || c == '.' || c == '_' || c == '-');
    if (valid)
        return {};
    return Error::badRequest("InvalidName",
                             "'" + std::string(name) +
                                 "' is not a valid model name: use up to 255 letters, digits, '.', '_' and "
                                 "'-', starting with a letter or digit.",
                             std::string(field));
}

Result<ModelRef> parseModelRef(std::string_view reference, std::string_view field)
{
    const auto bad = [&] {
        return Error::badRequest("InvalidModelReference",
                                 "'" + std::string(reference) +
                                     "' is not a model reference: write name:version, e.g. churn:3.",
                                 std::string(field));
    };
    const auto colon = reference.rfind(':');
    if (colon == std::string_view::npos)
        return bad();
    const auto name = reference.substr(0, colon);
    const auto number = reference.substr(colon + 1);
    if (auto valid = validateModelName(name, field); !valid)
        return valid.error();
    int version = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), version);
    if (number.empty() || ec != std::errc() || end != number.data() + number.size() || version < 1)
        return bad();
    return ModelRef{std::string(name), version};
}

} // namespace switchyard
