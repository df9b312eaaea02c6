#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "Result.h"

namespace switchyard::server {

// Method + path pattern ("/api/v1/endpoints/{ep}") to a route id. Unknown paths are 404, known paths
// with another method 405 (the error names the allowed methods).
class Router
{
public:
    struct Match
    {
        int id = -1;
        std::map<std::string, std::string> params;
    };

    void add(std::string method, std::string pattern, int id);
    Result<Match> match(std::string_view method, std::string_view path) const;
    // "METHOD pattern" lines, in registration order.
    std::vector<std::string> table() const;

    // Splits "/a/b%20c" into {"a", "b c"}; false when a segment's percent-encoding is broken.
    static bool splitPath(std::string_view path, std::vector<std::string>& segments);
    // "a=1&b=x%20y" to {a: 1, b: "x y"}.
    static std::map<std::string, std::string> parseQuery(std::string_view query);

private:
    struct Route
    {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
        int id;
    };
    std::vector<Route> m_routes;
};

} // namespace switchyard::server
