#include "FramingCheck.h"

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/field.hpp>

namespace switchyard::server {
namespace http = boost::beast::http;

namespace {
Error ambiguous(const std::string& why)
{
    return Error::badRequest("AmbiguousFraming", "The request's length is ambiguous: " + why + ".");
}

boost::beast::string_view trimmed(boost::beast::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}
} // namespace

Status FramingCheck::check(const http::request_header<>& header)
{
    const auto encodings = header.count(http::field::transfer_encoding);
    const auto lengths = header.count(http::field::content_length);
    if (lengths > 1)
        return ambiguous("Content-Length is given more than once");
    if (encodings == 0)
        return {};
    if (encodings > 1)
        return ambiguous("Transfer-Encoding is given more than once");
    if (header.version() < 11)
        return ambiguous("Transfer-Encoding is not defined in HTTP/1.0");
    if (lengths > 0)
        return ambiguous("Transfer-Encoding and Content-Length are both given");
    if (!boost::beast::iequals(trimmed(header[http::field::transfer_encoding]), "chunked"))
        return ambiguous("the only Transfer-Encoding accepted is 'chunked'");
    return {};
}

} // namespace switchyard::server
