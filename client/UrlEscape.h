#pragma once

#include <string>

namespace switchyard::client {

// `text` percent-encoded for a path segment or a query value: everything but letters, digits and
// "-_.~:" escaped, so a caller's string can never change the path or add a parameter.
std::string escapeUrlPart(const std::string& text);

} // namespace switchyard::client
