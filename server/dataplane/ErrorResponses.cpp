#include "ErrorResponses.h"

#include <boost/beast/http/field.hpp>

#include "JsonText.h"

namespace switchyard::server {

HttpResponse errorResponse(const Error& error, unsigned httpVersion, bool keepAlive)
{
    namespace http = boost::beast::http;
    HttpResponse res{static_cast<http::status>(httpStatus(error.kind)), httpVersion};
    res.set(http::field::content_type, "application/json");
    if (error.kind == ErrorKind::Unauthorized)
        res.set(http::field::www_authenticate, "Bearer");
    res.body() = jsonText(error.toJson());
    res.keep_alive(keepAlive);
    res.prepare_payload();
    return res;
}

Error scoringError(ErrorKind kind, std::string code, std::string message, std::optional<std::string> target)
{
    return Error{kind, std::move(code), std::move(message), std::move(target)};
}

} // namespace switchyard::server
