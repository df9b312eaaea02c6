#pragma once

#include <string>

namespace switchyard::client {

// What a connect-only probe saw on the way to a cluster, step by step: the name, the TCP connection,
// TLS and the server's certificate. Filled by HttpEngine for a request with `connectOnly` set, over the
// same libcurl stack and TLS options every other call uses. The console's connectivity check shows it.
struct ConnectionReport
{
    enum class Stage
    {
        Resolve, // the name did not resolve (or the URL has no host)
        Connect, // no TCP connection
        Tls,     // no trusted TLS session
        Done     // all of the way
    };

    Stage failedAt = Stage::Done; // the first stage that failed; Done when none did
    std::string host;
    long port = 0;
    std::string address;     // the address connected to (or tried)
    bool tls = false;        // https
    std::string certSubject; // the server certificate's common name (or its whole subject)
    std::string certIssuer;
    std::string certExpiry; // as OpenSSL prints it: "Dec  1 17:00:00 2026 GMT"
    std::string error;      // libcurl's sentence when a stage failed
    bool timedOut = false;  // the stage that failed got no answer in time
};

} // namespace switchyard::client
