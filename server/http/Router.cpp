#include "Router.h"

namespace switchyard::server {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool percentDecode(std::string_view in, std::string& out, bool plusIsSpace)
{
    out.clear();
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '%') {
            if (i + 2 >= in.size())
                return false;
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else if (plusIsSpace && in[i] == '+') {
            out += ' ';
        } else {
            out += in[i];
        }
    }
    return true;
}

} // namespace

void Router::add(std::string method, std::string pattern, int id)
{
    std::vector<std::string> segments;
    splitPath(pattern, segments);
    m_routes.push_back({std::move(method), std::move(pattern), std::move(segments), id});
}

bool Router::splitPath(std::string_view path, std::vector<std::string>& segments)
{
    segments.clear();
    if (path.empty() || path.front() != '/')
        return false;
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto end = std::min(path.find('/', start), path.size());
        std::string segment;
        if (!percentDecode(path.substr(start, end - start), segment, false))
            return false;
        segments.push_back(std::move(segment));
        start = end + 1;
    }
    // "/a/b/" has a trailing empty segment; it is not the same resource as "/a/b".
    return true;
}

std::map<std::string, std::string> Router::parseQuery(std::string_view query)
{
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start < query.size()) {
        const auto end = std::min(query.find('&', start), query.size());
        const auto pair = query.substr(start, end - start);
        const auto eq = pair.find('=');
        std::string key;
        std::string value;
        if (percentDecode(pair.substr(0, eq), key, true) &&
            (eq == std::string_view::npos || percentDecode(pair.substr(eq + 1), value, true)) && !key.empty())
            out[key] = value;
        start = end + 1;
    }
    return out;
}

Result<Router::Match> Router::match(std::string_view method, std::string_view path) const
{
    std::vector<std::string> segments;
    if (!splitPath(path, segments))
        return Error::notFound("There is no resource at this path.");
    std::string allowed;
    for (const auto& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        Match match;
        bool fits = true;
        for (std::size_t i = 0; i < segments.size() && fits; ++i) {
            const auto& want = route.segments[i];
            if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
                fits = !segments[i].empty();
                match.params[want.substr(1, want.size() - 2)] = segments[i];
            } else {
                fits = want == segments[i];
            }
        }
        if (!fits)
            continue;
        // HEAD is GET without the body (RFC 9110 §9.3.2); the connection leaves the body out.
        if (route.method == method || (method == "HEAD" && route.method == "GET")) {
            match.id = route.id;
            return match;
        }
        allowed += (allowed.empty() ? "" : ", ") + route.method + (route.method == "GET" ? ", HEAD" : "");
    }
    if (!allowed.empty())
        return Error{ErrorKind::MethodNotAllowed, "MethodNotAllowed",
                     "This resource allows only " + allowed + ".", allowed};
    return Error::notFound("There is no resource at this path.");
}

std::vector<std::string> Router::table() const
{
    std::vector<std::string> lines;
    for (const auto& route : m_routes)
        lines.push_back(route.method + " " + route.pattern);
    return lines;
}

} // namespace switchyard::server
