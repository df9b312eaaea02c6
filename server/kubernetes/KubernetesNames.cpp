#include "KubernetesNames.h"

#include <nlohmann/json.hpp>

#include "StableHash.h"

namespace switchyard {
namespace {

bool isLowerAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool isAlnum(char c)
{
    return isLowerAlnum(c) || (c >= 'A' && c <= 'Z');
}

} // namespace

std::string KubernetesNames::deploymentName(std::string_view endpoint, std::string_view version)
{
    const std::string prefix = "sy-";
    std::string joined = std::string(endpoint) + "-" + std::string(version);
    const std::string readable = prefix + joined;
    const bool unambiguous =
        endpoint.find('-') == std::string_view::npos && version.find('-') == std::string_view::npos;
    if (unambiguous && readable.size() <= kMaxLabelLength && isDns1123Label(readable))
        return readable;
    // '/' is in no endpoint or version name, so the hashed text is a different string for every pair.
    const std::string hash =
        StableHash::hex(std::string(endpoint) + "/" + std::string(version), static_cast<int>(kHashDigits));
    const std::size_t room = kMaxLabelLength - prefix.size() - 1 - kHashDigits;
    joined.resize(std::min(joined.size(), room));
    // Anything but [a-z0-9-] (only in names the API refused) becomes '-', so the result stays a label.
    for (char& c : joined) {
        if (!isLowerAlnum(c))
            c = '-';
    }
    return prefix + joined + "-" + hash;
}

std::string KubernetesNames::labelValue(std::string_view raw)
{
    if (isLabelValue(raw))
        return std::string(raw);
    return "h." + StableHash::hex(raw, 16);
}

nlohmann::json KubernetesNames::labels(std::string_view cluster, std::string_view endpoint,
                                       std::string_view version)
{
    return {{kManagedByKey, kManagedByValue},
            {kClusterKey, labelValue(cluster)},
            {kEndpointKey, labelValue(endpoint)},
            {kVersionKey, labelValue(version)}};
}

nlohmann::json KubernetesNames::annotations(std::string_view cluster, std::string_view endpoint,
                                            std::string_view version)
{
    return {{kClusterNameAnnotation, std::string(cluster)},
            {kEndpointNameAnnotation, std::string(endpoint)},
            {kVersionNameAnnotation, std::string(version)}};
}

bool KubernetesNames::isDns1123Label(std::string_view name)
{
    if (name.empty() || name.size() > kMaxLabelLength || !isLowerAlnum(name.front()) ||
        !isLowerAlnum(name.back()))
        return false;
    for (const char c : name) {
        if (!isLowerAlnum(c) && c != '-')
            return false;
    }
    return true;
}

bool KubernetesNames::isLabelValue(std::string_view value)
{
    if (value.empty())
        return true;
    if (value.size() > kMaxLabelLength || !isAlnum(value.front()) || !isAlnum(value.back()))
        return false;
    for (const char c : value) {
        if (!isAlnum(c) && c != '-' && c != '_' && c != '.')
            return false;
    }
    return true;
}

} // namespace switchyard
