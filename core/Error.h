#pragma once

#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace switchyard {

// What kind of failure an error is; the HTTP status follows from it in one place (httpStatus).
enum class ErrorKind
{
    BadRequest,
    Unauthorized,
    Forbidden, // 403: the credential is valid but its role is below what the route needs
    NotFound,
    MethodNotAllowed,
    Conflict,
    PayloadTooLarge,
    HeaderTooLarge, // 431 Request Header Fields Too Large
    UnsupportedMediaType,
    ServiceUnavailable,
    GatewayTimeout,
    BadGateway,
    InsufficientStorage, // 507: the server's disk is full
    Transport,           // client side: no HTTP answer at all (connection refused, TLS failure, timeout)
    Internal,
};

// The contract's error body: {"error": {"code", "message", "target"}}.
struct Error
{
    ErrorKind kind = ErrorKind::BadRequest;
    std::string code;
    std::string message;
    std::optional<std::string> target;

    static Error badRequest(std::string code, std::string message, std::optional<std::string> target = {});
    static Error notFound(std::string message, std::optional<std::string> target = {});
    static Error conflict(std::string code, std::string message, std::optional<std::string> target = {});
    static Error unauthorized(std::string message);
    static Error forbidden(std::string message);
    static Error internal(std::string message);

    nlohmann::json toJson() const;
    // Reads an error body; anything else becomes a readable error of the given kind.
    static Error fromJson(const nlohmann::json& body, ErrorKind fallbackKind);
};

int httpStatus(ErrorKind kind);
ErrorKind errorKindForStatus(int status);

} // namespace switchyard
