#include "HttpEngine.h"

#include "ConnectionFacts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <random>
#include <string>

namespace switchyard::client {

// Lets other threads (and cancelled handles that outlive the engine) wake the worker safely.
struct HttpEngine::Waker
{
    std::mutex mutex;
    CURLM* multi = nullptr;
    void wake()
    {
        std::lock_guard lock(mutex);
        if (multi)
            curl_multi_wakeup(multi);
    }
};

struct HttpEngine::Transfer
{
    HttpRequest request;
    std::shared_ptr<CallState> state;
    Completion done;
    std::chrono::steady_clock::time_point notBefore;
    std::chrono::steady_clock::time_point started;
    int attempt = 0;
    CURL* easy = nullptr;
    curl_slist* headerList = nullptr;
    HttpResponse response;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Transfer() { release(); }
    void release()
    {
        if (easy)
            curl_easy_cleanup(easy);
        easy = nullptr;
        if (headerList)
            curl_slist_free_all(headerList);
        headerList = nullptr;
    }
};

namespace {

std::once_flag g_curlInit;

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    static_cast<HttpResponse*>(user)->body.append(data, size * count);
    return size * count;
}

// The final answer's headers, names lower-case. curl keeps every header set of a transfer (100 Continue,
// redirects, a proxy's CONNECT); request -1 is the last one, and CURLH_HEADER leaves out trailers and
// the CONNECT answer. A repeated name keeps its last value.
std::map<std::string, std::string> finalHeaders(CURL* easy)
{
    std::map<std::string, std::string> headers;
    for (curl_header* h = curl_easy_nextheader(easy, CURLH_HEADER, -1, nullptr); h;
         h = curl_easy_nextheader(easy, CURLH_HEADER, -1, h)) {
        std::string name = h->name;
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        headers[name] = h->value;
    }
    return headers;
}

// Failures that mean "no answer from a server that may come back"; safe to retry for idempotent calls.
bool retryableCurlCode(int code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return true;
    default:
        return false;
    }
}

} // namespace

HttpEngine::HttpEngine(ClientOptions options) : m_options(std::move(options))
{
    std::call_once(g_curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    while (!m_options.baseUrl.empty() && m_options.baseUrl.back() == '/')
        m_options.baseUrl.pop_back();
    m_multi = curl_multi_init();
    m_waker = std::make_shared<Waker>();
    m_waker->multi = m_multi;
    m_thread = std::thread([this] { run(); });
}

HttpEngine::~HttpEngine()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_waker->wake();
    m_thread.join();
    {
        std::lock_guard lock(m_waker->mutex);
        m_waker->multi = nullptr;
    }
    for (auto& t : m_active) {
        curl_multi_remove_handle(m_multi, t->easy);
        t->state->finished = true;
    }
    m_active.clear();
    m_queued.clear();
    curl_multi_cleanup(m_multi);
}

void HttpEngine::submit(HttpRequest request, std::shared_ptr<CallState> state, Completion done,
                        std::chrono::milliseconds delay)
{
    auto transfer = std::make_unique<Transfer>();
    transfer->request = std::move(request);
    transfer->done = std::move(done);
    transfer->notBefore = std::chrono::steady_clock::now() + delay;
    std::weak_ptr<Waker> waker = m_waker;
    if (!state->wake)
        state->wake = [waker] {
            if (auto w = waker.lock())
                w->wake();
        };
    transfer->state = std::move(state);
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_queued.push_back(std::move(transfer));
    }
    m_waker->wake();
}

std::chrono::milliseconds HttpEngine::backoff(int attempt)
{
    // Exponential back-off with full jitter, so many clients retrying after a restart spread out.
    thread_local std::mt19937 rng{std::random_device{}()};
    const auto cap = std::min<long long>(m_options.retryMaxDelay.count(),
                                         m_options.retryBaseDelay.count() * (1LL << std::min(attempt, 20)));
    std::uniform_int_distribution<long long> dist(cap / 2, std::max<long long>(cap, 1));
    return std::chrono::milliseconds(dist(rng));
}

void HttpEngine::run()
{
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
        }
        startDue();
        dropCancelled();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        while (CURLMsg* msg = curl_multi_info_read(m_multi, &running)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer* transfer = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &transfer);
            finish(transfer, msg->data.result);
        }
        // Sleep until a socket is ready, a wakeup, or the next delayed start.
        int timeoutMs = 1000;
        {
            std::lock_guard lock(m_mutex);
            const auto now = std::chrono::steady_clock::now();
            for (const auto& t : m_queued) {
                const auto ms =
                    std::chrono::duration_cast<std::chrono::milliseconds>(t->notBefore - now).count();
                timeoutMs = std::clamp<int>(static_cast<int>(ms), 0, timeoutMs);
            }
        }
        if (timeoutMs > 0)
            curl_multi_poll(m_multi, nullptr, 0, timeoutMs, nullptr);
    }
}

void HttpEngine::startDue()
{
    std::vector<std::unique_ptr<Transfer>> due;
    {
        std::lock_guard lock(m_mutex);
        const auto now = std::chrono::steady_clock::now();
        for (auto it = m_queued.begin(); it != m_queued.end();) {
            if ((*it)->notBefore <= now || (*it)->state->cancelled) {
                due.push_back(std::move(*it));
                it = m_queued.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto& t : due) {
        if (t->state->cancelled) {
            t->state->finished = true;
            continue;
        }
        start(std::move(t));
    }
}

void HttpEngine::start(std::unique_ptr<Transfer> t)
{
    t->release();
    t->response = HttpResponse{};
    t->errorBuffer[0] = 0;
    ++t->attempt;
    CURL* easy = curl_easy_init();
    t->easy = easy;
    const auto& r = t->request;
    const std::string url = m_options.baseUrl + r.path;
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &t->response);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS,
                     static_cast<long>(r.totalTimeout.value_or(m_options.totalTimeout).count()));
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    if (!m_options.caFile.empty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, m_options.caFile.c_str());
    if (m_options.insecure) {
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (r.connectOnly) {
        curl_easy_setopt(easy, CURLOPT_CONNECT_ONLY, 1L);
        curl_easy_setopt(easy, CURLOPT_CERTINFO, 1L);
    } else if (r.method == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else {
        if (r.method != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, r.method.c_str());
        if (r.method != "DELETE" || !r.body.empty()) {
            curl_easy_setopt(easy, CURLOPT_POSTFIELDS, r.body.data());
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(r.body.size()));
        }
    }
    curl_slist* list = nullptr;
    list = curl_slist_append(list, "Expect:"); // no 100-continue round trip for large uploads
    list = curl_slist_append(list, "Accept: application/json, text/plain;q=0.9, */*;q=0.5");
    if (!r.contentType.empty())
        list = curl_slist_append(list, ("Content-Type: " + r.contentType).c_str());
    if (!r.bearer.empty())
        list = curl_slist_append(list, ("Authorization: Bearer " + r.bearer).c_str());
    for (const auto& h : r.headers)
        list = curl_slist_append(list, h.c_str());
    t->headerList = list;
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, list);
    t->started = std::chrono::steady_clock::now();
    curl_multi_add_handle(m_multi, easy);
    m_active.push_back(std::move(t));
}

void HttpEngine::finish(Transfer* raw, int curlCode)
{
    auto it = std::find_if(m_active.begin(), m_active.end(), [raw](const auto& t) { return t.get() == raw; });
    if (it == m_active.end())
        return;
    std::unique_ptr<Transfer> t = std::move(*it);
    m_active.erase(it);
    // A connect-only transfer is read while its connection is still attached (the TLS session with it).
    if (t->request.connectOnly)
        t->response.connection = ConnectionFacts::read(
            t->easy, m_options.baseUrl, curlCode,
            t->errorBuffer[0] ? std::string(t->errorBuffer) : curl_easy_strerror(CURLcode(curlCode)));
    t->response.headers = finalHeaders(t->easy);
    curl_multi_remove_handle(m_multi, t->easy);
    long status = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    auto& response = t->response;
    response.status = curlCode == CURLE_OK ? static_cast<int>(status) : 0;
    response.curlCode = curlCode;
    response.attempts = t->attempt;
    response.latency =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t->started);
    if (curlCode != CURLE_OK)
        response.curlError =
            t->errorBuffer[0] ? std::string(t->errorBuffer) : curl_easy_strerror(CURLcode(curlCode));
    const bool again = response.status == 503 || (response.status == 0 && retryableCurlCode(curlCode));
    if (t->request.retryable && again && t->attempt <= m_options.maxRetries && !t->state->cancelled) {
        t->notBefore = std::chrono::steady_clock::now() + backoff(t->attempt - 1);
        t->release();
        std::lock_guard lock(m_mutex);
        m_queued.push_back(std::move(t));
        return;
    }
    t->release();
    std::lock_guard deliver(t->state->deliverMutex);
    if (t->state->cancelled)
        return;
    t->state->finished = true;
    t->done(std::move(response));
}

void HttpEngine::dropCancelled()
{
    for (auto it = m_active.begin(); it != m_active.end();) {
        if ((*it)->state->cancelled) {
            curl_multi_remove_handle(m_multi, (*it)->easy);
            (*it)->state->finished = true;
            it = m_active.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace switchyard::client
