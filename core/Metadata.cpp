#include "Metadata.h"

namespace switchyard {

std::size_t characterCount(std::string_view utf8)
{
    std::size_t count = 0;
    for (const char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // continuation bytes are 10xxxxxx
    return count;
}

Status validateDescription(std::string_view description, std::string_view field)
{
    const auto chars = characterCount(description);
    if (chars <= MetadataLimits::kMaxDescriptionChars)
        return {};
    return Error::badRequest("InvalidValue",
                             std::string(field) + " must be at most " +
                                 std::to_string(MetadataLimits::kMaxDescriptionChars) + " characters, not " +
                                 std::to_string(chars) + ".",
                             std::string(field));
}

Status validateTags(const std::map<std::string, std::string>& tags, std::string_view field)
{
    const std::string name(field);
    if (tags.size() > MetadataLimits::kMaxTags)
        return Error::badRequest("InvalidValue",
                                 name + " must hold at most " + std::to_string(MetadataLimits::kMaxTags) +
                                     " tags, not " + std::to_string(tags.size()) + ".",
                                 name);
    for (const auto& [key, value] : tags) {
        // The key itself is not echoed: it may be the oversized part.
        const auto keyChars = characterCount(key);
        if (keyChars < 1 || keyChars > MetadataLimits::kMaxTagKeyChars)
            return Error::badRequest("InvalidValue",
                                     "A tag key must be 1 to " +
                                         std::to_string(MetadataLimits::kMaxTagKeyChars) +
                                         " characters long, not " + std::to_string(keyChars) + ".",
                                     name);
        const auto valueChars = characterCount(value);
        if (valueChars > MetadataLimits::kMaxTagValueChars)
            return Error::badRequest("InvalidValue",
                                     "The value of tag '" + key + "' must be at most " +
                                         std::to_string(MetadataLimits::kMaxTagValueChars) +
                                         " characters, not " + std::to_string(valueChars) + ".",
                                     name + "." + key);
    }
    return {};
}

Status validatePatchMetadata(const std::optional<std::string>& description,
                             const std::optional<std::map<std::string, std::string>>& tags)
{
    if (description)
        if (auto status = validateDescription(*description); !status)
            return status;
    if (tags)
        return validateTags(*tags);
    return {};
}

} // namespace switchyard
