#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace switchyard {

// One answer of the Kubernetes API server, or why there was none.
struct KubeResponse
{
    int status = 0;    // the HTTP status; 0 when the transfer failed (see error)
    std::string body;  // as received, never larger than the client's response limit
    std::string error; // transport failure: refused, TLS, timeout, too large; empty when an answer came

    bool ok() const { return error.empty() && status >= 200 && status < 300; }
    // The body as JSON; a discarded value (is_discarded()) when it is not JSON, never an exception.
    nlohmann::json json() const;
    // What went wrong, for a log or an operator: the transport error, else for a 4xx/5xx the Status
    // object's message (a 403 names the verb, resource and namespace that were refused), else the status
    // and the start of the body. Empty for a success.
    std::string message() const;
};

} // namespace switchyard
