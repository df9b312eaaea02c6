#pragma once

#include <functional>
#include <string>
#include <vector>

#include <curl/curl.h>

namespace switchyard {

// One libcurl transfer at a time, driven through its own multi handle so that a caller can end it from
// outside (a watch that is stopped while the server is silent) within about 100 ms, which the easy
// interface's progress callback (about once a second when idle) cannot promise.
//
// Kept between transfers, the pair keeps its connections (and TLS sessions) alive: reset() clears the
// options, not the connection cache, so the next request to the same API server reuses the connection.
class CurlHandle
{
public:
    CurlHandle();
    ~CurlHandle();
    CurlHandle(const CurlHandle&) = delete;
    CurlHandle& operator=(const CurlHandle&) = delete;

    CURL* easy() const { return m_easy; }
    // Every option back to its default and the headers dropped; connections stay.
    void reset();
    // Owned here until the next reset, as libcurl reads them during the transfer.
    void setHeaders(const std::vector<std::string>& headers);
    // libcurl's own description of the last failure, or empty.
    std::string errorText(CURLcode code) const;

    // Runs the configured transfer to its end. `keepGoing` is asked about every 100 ms and between
    // reads; when it says false the transfer ends with CURLE_ABORTED_BY_CALLBACK.
    CURLcode perform(const std::function<bool()>& keepGoing);

private:
    CURLM* m_multi = nullptr;
    CURL* m_easy = nullptr;
    curl_slist* m_headers = nullptr;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

} // namespace switchyard
