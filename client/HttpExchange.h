#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ConnectionReport.h"

namespace switchyard::client {

// One HTTP request as the engine sends it.
struct HttpRequest
{
    std::string method = "GET";
    std::string path; // with the query, e.g. "/api/v1/events?after=3&wait=25"
    std::string body;
    std::string contentType;                               // empty: no body
    std::vector<std::string> headers;                      // "Name: value"
    std::string bearer;                                    // Authorization: Bearer …; never logged
    std::optional<std::chrono::milliseconds> totalTimeout; // overrides the client's (long-polls)
    bool retryable = false; // idempotent: may be retried on connection failure and 503
    bool connectOnly =
        false; // resolve, connect and (https) handshake, send nothing: HttpResponse::connection

    static bool idempotent(const std::string& method)
    {
        return method == "GET" || method == "PUT" || method == "DELETE";
    }
};

// What came back: an HTTP answer (status > 0), or a transport failure (status 0, curlError set).
struct HttpResponse
{
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers; // names lower-case
    std::chrono::microseconds latency{0};       // of the last attempt
    int curlCode = 0;
    std::string curlError;
    int attempts = 0;
    ConnectionReport connection; // for a connectOnly request

    std::string header(const std::string& lowerName) const
    {
        auto it = headers.find(lowerName);
        return it == headers.end() ? std::string() : it->second;
    }
};

} // namespace switchyard::client
