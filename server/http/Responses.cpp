#include "Responses.h"

#include <boost/beast/http/field.hpp>

#include "JsonText.h"

namespace switchyard::server {
namespace http = boost::beast::http;

HttpResponse Responses::json(int status, const nlohmann::json& body, unsigned version)
{
    HttpResponse res{static_cast<http::status>(status), version};
    res.set(http::field::content_type, "application/json");
    res.body() = jsonText(body);
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
    if (error.kind == ErrorKind::MethodNotAllowed) {
        auto res = json(status, Error{error.kind, error.code, error.message, std::nullopt}.toJson(), version);
        res.set(http::field::allow, error.target.value_or(""));
        return res;
    }
    auto res = json(status, error.toJson(), version);
    if (status == 401)
        res.set(http::field::www_authenticate, "Bearer");
    if (status == 503)
        res.set(http::field::retry_after, "1");
    return res;
}

Error Responses::methodNotAllowed(const std::string& allowed)
{
    return {ErrorKind::MethodNotAllowed, "MethodNotAllowed", "This resource allows only " + allowed + ".",
            allowed};
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

Error Responses::bodyMemoryExhausted()
{
    return {ErrorKind::ServiceUnavailable, "ServerBusy",
            "The server holds as many request bodies as it may (--max-body-memory); try again shortly.",
            std::nullopt};
}

} // namespace switchyard::server
