#pragma once

#include <string>

#include <curl/curl.h>

#include "ConnectionReport.h"

namespace switchyard::client {

// Reads a finished connect-only transfer into a ConnectionReport: which stage failed (from libcurl's
// code and how far its timers got), the address and the server certificate.
class ConnectionFacts
{
public:
    static ConnectionReport read(CURL* easy, const std::string& url, int curlCode, const std::string& error);
};

} // namespace switchyard::client
