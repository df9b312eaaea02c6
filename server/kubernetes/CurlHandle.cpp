#include "CurlHandle.h"

#include <mutex>

namespace switchyard {
namespace {

// libcurl's global state (OpenSSL among it) is set up once, before the first handle on any thread.
void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

constexpr int kPollMilliseconds = 100;

} // namespace

CurlHandle::CurlHandle()
{
    initialiseCurlOnce();
    m_multi = curl_multi_init();
    m_easy = curl_easy_init();
}

CurlHandle::~CurlHandle()
{
    curl_slist_free_all(m_headers);
    curl_easy_cleanup(m_easy);
    curl_multi_cleanup(m_multi);
}

void CurlHandle::reset()
{
    curl_easy_reset(m_easy);
    curl_slist_free_all(m_headers);
    m_headers = nullptr;
    m_errorBuffer[0] = 0;
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_errorBuffer);
}

void CurlHandle::setHeaders(const std::vector<std::string>& headers)
{
    curl_slist_free_all(m_headers);
    m_headers = nullptr;
    for (const auto& header : headers)
        m_headers = curl_slist_append(m_headers, header.c_str());
    curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_headers);
}

std::string CurlHandle::errorText(CURLcode code) const
{
    return m_errorBuffer[0] ? std::string(m_errorBuffer) : std::string(curl_easy_strerror(code));
}

CURLcode CurlHandle::perform(const std::function<bool()>& keepGoing)
{
    if (!m_multi || !m_easy)
        return CURLE_FAILED_INIT;
    if (curl_multi_add_handle(m_multi, m_easy) != CURLM_OK)
        return CURLE_FAILED_INIT;
    CURLcode result = CURLE_OK;
    for (;;) {
        int running = 0;
        if (curl_multi_perform(m_multi, &running) != CURLM_OK) {
            result = CURLE_FAILED_INIT;
            break;
        }
        if (running == 0) {
            int queued = 0;
            result = CURLE_GOT_NOTHING;
            while (CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
                if (message->msg == CURLMSG_DONE && message->easy_handle == m_easy)
                    result = message->data.result;
            }
            break;
        }
        if (keepGoing && !keepGoing()) {
            result = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        if (curl_multi_poll(m_multi, nullptr, 0, kPollMilliseconds, nullptr) != CURLM_OK) {
            result = CURLE_FAILED_INIT;
            break;
        }
    }
    // An unfinished transfer's connection is closed here; a finished one's stays in the multi's cache.
    curl_multi_remove_handle(m_multi, m_easy);
    return result;
}

} // namespace switchyard
