#include "Responses.h"

#include <boost/beast/http/field.hpp>

namespace switchyard::server {
namespace http = boost::beast::http;

HttpResponse Responses::json(int status, const nlohmann::json& body, unsigned version)
{
    HttpResponse res{static_cast<http::status>(status), version};
    res.set(http::field::content_type, "application/json");
    res.body() = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return res;
}

HttpResponse Responses::text(int status, std::string body, unsigned version, const char* contentType)
{
    HttpResponse res{static_cast<http::status>(status), version};
    res.set(http::field::content_type, contentType);
    res.body() = std::move(body);
    return res;
}

HttpResponse Responses::noContent(unsigned version)
{
    return HttpResponse{http::status::no_content, version};
}

HttpResponse Responses::error(const Error& error, unsigned version)
{
    int status = httpStatus(error.kind);
    if (status < 400)
        status = 500;
    auto res = json(status, error.toJson(), version);
    if (status == 401)
        res.set(http::field::www_authenticate, "Bearer");
    return res;
}

Error Responses::methodNotAllowed(const std::string& allowed)
{
    return {ErrorKind::MethodNotAllowed, "MethodNotAllowed", "This resource allows only " + allowed + ".",
            std::nullopt};
}

Error Responses::payloadTooLarge(std::uint64_t limit)
{
    return {ErrorKind::PayloadTooLarge, "PayloadTooLarge",
            "The body is larger than this route accepts (" + std::to_string(limit) + " bytes).",
            std::nullopt};
}

Error Responses::unsupportedMediaType(const std::string& expected)
{
    return {ErrorKind::UnsupportedMediaType, "UnsupportedMediaType",
            "The body must be sent as " + expected + ".", std::nullopt};
}

} // namespace switchyard::server
