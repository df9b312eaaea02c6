#pragma once

#include <nlohmann/json_fwd.hpp>

#include "JsonReader.h"

namespace switchyard {

struct VersionSpec;

// The fields a version request and a version response share (all but the name), read and written once.
class VersionSpecFields
{
public:
    // Reads every optional field present; resolves autoscale_enabled's default from num_replicas.
    static Status read(JsonReader& reader, VersionSpec& spec);
    static nlohmann::json write(const VersionSpec& spec);
};

} // namespace switchyard
