#pragma once

#include <optional>
#include <string>

#include "DataPlane.h"

namespace switchyard::server {

// The contract's error body as an HTTP answer; status from the error's kind (core's httpStatus).
HttpResponse errorResponse(const Error& error, unsigned httpVersion, bool keepAlive);
Error scoringError(ErrorKind kind, std::string code, std::string message,
                   std::optional<std::string> target = std::nullopt);

} // namespace switchyard::server
