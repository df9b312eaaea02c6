#include "Error.h"

#include <nlohmann/json.hpp>

namespace switchyard {

Error Error::badRequest(std::string code, std::string message, std::optional<std::string> target)
{
    return {ErrorKind::BadRequest, std::move(code), std::move(message), std::move(target)};
}

Error Error::notFound(std::string message, std::optional<std::string> target)
{
    return {ErrorKind::NotFound, "NotFound", std::move(message), std::move(target)};
}

Error Error::conflict(std::string code, std::string message, std::optional<std::string> target)
{
    return {ErrorKind::Conflict, std::move(code), std::move(message), std::move(target)};
}

Error Error::unauthorized(std::string message)
{
    return {ErrorKind::Unauthorized, "Unauthorized", std::move(message), std::nullopt};
}

Error Error::forbidden(std::string message)
{
    return {ErrorKind::Forbidden, "Forbidden", std::move(message), std::nullopt};
}

Error Error::internal(std::string message)
{
    return {ErrorKind::Internal, "InternalError", std::move(message), std::nullopt};
}

nlohmann::json Error::toJson() const
{
    nlohmann::json inner{{"code", code}, {"message", message}};
    inner["target"] = target ? nlohmann::json(*target) : nlohmann::json(nullptr);
    return {{"error", inner}};
}

Error Error::fromJson(const nlohmann::json& body, ErrorKind fallbackKind)
{
    Error e{fallbackKind, "UnexpectedResponse", "The server answered with an unexpected body.", std::nullopt};
    if (!body.is_object() || !body.contains("error") || !body["error"].is_object())
        return e;
    const auto& inner = body["error"];
    if (inner.contains("code") && inner["code"].is_string())
        e.code = inner["code"].get<std::string>();
    if (inner.contains("message") && inner["message"].is_string())
        e.message = inner["message"].get<std::string>();
    if (inner.contains("target") && inner["target"].is_string())
        e.target = inner["target"].get<std::string>();
    return e;
}

int httpStatus(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadRequest:
        return 400;
    case ErrorKind::Unauthorized:
        return 401;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::MethodNotAllowed:
        return 405;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::PayloadTooLarge:
        return 413;
    case ErrorKind::HeaderTooLarge:
        return 431;
    case ErrorKind::UnsupportedMediaType:
        return 415;
    case ErrorKind::ServiceUnavailable:
        return 503;
    case ErrorKind::GatewayTimeout:
        return 504;
    case ErrorKind::BadGateway:
        return 502;
    case ErrorKind::InsufficientStorage:
        return 507;
    case ErrorKind::Transport:
        return 0;
    case ErrorKind::Internal:
        return 500;
    }
    return 500;
}

ErrorKind errorKindForStatus(int status)
{
    switch (status) {
    case 400:
        return ErrorKind::BadRequest;
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
        return ErrorKind::NotFound;
    case 405:
        return ErrorKind::MethodNotAllowed;
    case 409:
        return ErrorKind::Conflict;
    case 413:
        return ErrorKind::PayloadTooLarge;
    case 431:
        return ErrorKind::HeaderTooLarge;
    case 415:
        return ErrorKind::UnsupportedMediaType;
    case 502:
        return ErrorKind::BadGateway;
    case 503:
        return ErrorKind::ServiceUnavailable;
    case 504:
        return ErrorKind::GatewayTimeout;
    case 507:
        return ErrorKind::InsufficientStorage;
    case 0:
        return ErrorKind::Transport;
    default:
        return status >= 500 ? ErrorKind::Internal : ErrorKind::BadRequest;
    }
}

} // namespace switchyard
