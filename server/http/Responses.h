#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "HttpMessage.h"
#include "Error.h"

namespace switchyard::server {

// Building answers: every error goes through error(), so the body always has the contract's shape and
// the status always follows from the error's kind (httpStatus, in core). A MethodNotAllowed error's
// target lists the allowed methods; it becomes the Allow header.
class Responses
{
public:
    static HttpResponse json(int status, const nlohmann::json& body, unsigned version = 11);
    static HttpResponse text(int status, std::string body, unsigned version = 11,
                             const char* contentType = "text/plain; charset=utf-8");
    static HttpResponse noContent(unsigned version = 11);
    static HttpResponse error(const Error& error, unsigned version = 11);
    static Error methodNotAllowed(const std::string& allowed);
    static Error payloadTooLarge(std::uint64_t limit);
    static Error unsupportedMediaType(const std::string& expected);
    static Error bodyMemoryExhausted();
};

} // namespace switchyard::server
