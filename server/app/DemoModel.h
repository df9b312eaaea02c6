#pragma once

#include <string_view>

namespace switchyard::server {

// resources/demo-model.json, embedded at build time.
std::string_view demoModelJson();

} // namespace switchyard::server
