#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "Result.h"

namespace switchyard {

// Bounds on the free-form metadata of endpoints and versions (description, tags). Without them one
// PATCH could store a megabyte that every listing, event and events page then carries along.
// Lengths count characters (Unicode code points), as OpenAPI's maxLength does.
struct MetadataLimits
{
    static constexpr std::size_t kMaxDescriptionChars = 1024;
    static constexpr std::size_t kMaxTags = 50;
    static constexpr std::size_t kMaxTagKeyChars = 128;
    static constexpr std::size_t kMaxTagValueChars = 256;
};

// Characters in valid UTF-8 text (the JSON parser has already refused invalid UTF-8).
std::size_t characterCount(std::string_view utf8);

// `field` is the error's target, e.g. "description".
Status validateDescription(std::string_view description, std::string_view field = "description");
// Too many tags or a key out of bounds targets `field`; a value too long targets "<field>.<key>".
Status validateTags(const std::map<std::string, std::string>& tags, std::string_view field = "tags");
// A patch's description and tags, each when it sets them.
Status validatePatchMetadata(const std::optional<std::string>& description,
                             const std::optional<std::map<std::string, std::string>>& tags);

} // namespace switchyard
