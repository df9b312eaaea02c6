#pragma once

#include <string>
#include <string_view>

#include "Result.h"

namespace switchyard {

// A registry reference "name:version", e.g. "churn:3".
struct ModelRef
{
    std::string name;
    int version = 0;

    std::string toString() const;
    bool operator==(const ModelRef&) const = default;
};

// Endpoint and version names: ^[a-z][a-z0-9-]{2,31}$. `field` is the error's target.
Status validateResourceName(std::string_view name, std::string_view field);
// Model names: ^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$.
Status validateModelName(std::string_view name, std::string_view field = "name");
Result<ModelRef> parseModelRef(std::string_view reference, std::string_view field = "model");

} // namespace switchyard
