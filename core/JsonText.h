#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace switchyard {

// JSON as text for the wire, the store and the logs. Strings that came from a URL, a header or a replica
// may hold bytes that are not UTF-8; nlohmann's plain dump() throws on them (type_error.316), which once
// let one request end the server. Here they become U+FFFD instead.
inline std::string jsonText(const nlohmann::json& value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace switchyard
