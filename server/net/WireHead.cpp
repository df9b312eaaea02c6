#include "WireHead.h"

#include <boost/beast/http/status.hpp>

namespace switchyard::server {

namespace http = boost::beast::http;

namespace {

void appendVersion(std::string& out, unsigned version)
{
    out += "HTTP/";
    out += static_cast<char>('0' + version / 10 % 10);
    out += '.';
    out += static_cast<char>('0' + version % 10);
}

template <class Fields>
void appendFields(std::string& out, const Fields& fields, std::string_view extraLines)
{
    for (const auto& field : fields) {
        const auto name = field.name_string();
        const auto value = field.value();
        out.append(name.data(), name.size());
        out += ": ";
        out.append(value.data(), value.size());
        out += "\r\n";
    }
    out += extraLines;
    out += "\r\n";
}

} // namespace

void WireHead::append(std::string& out, const HttpRequest& request, std::string_view extraLines)
{
    const auto method = request.method_string();
    const auto target = request.target();
    out.append(method.data(), method.size());
    out += ' ';
    out.append(target.data(), target.size());
    out += ' ';
    appendVersion(out, request.version());
    out += "\r\n";
    appendFields(out, request.base(), extraLines);
}

void WireHead::append(std::string& out, const HttpResponse& response, std::string_view extraLines)
{
    appendVersion(out, response.version());
    const unsigned status = response.result_int();
    out += ' ';
    out += static_cast<char>('0' + status / 100 % 10);
    out += static_cast<char>('0' + status / 10 % 10);
    out += static_cast<char>('0' + status % 10);
    out += ' ';
    auto reason = response.reason();
    if (reason.empty())
        reason = http::obsolete_reason(response.result());
    out.append(reason.data(), reason.size());
    out += "\r\n";
    appendFields(out, response.base(), extraLines);
}

} // namespace switchyard::server
