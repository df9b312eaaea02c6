#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "ClientOptions.h"
#include "HttpExchange.h"
#include "RequestHandle.h"

#include <curl/curl.h>

namespace switchyard::client {

// libcurl's multi interface on one dedicated thread. Connections are kept in the multi handle's cache
// and reused across calls. Completion callbacks run on that thread, under the call's deliverMutex.
class HttpEngine
{
public:
    using Completion = std::function<void(HttpResponse&&)>;

    explicit HttpEngine(ClientOptions options);
    ~HttpEngine(); // drops every call in flight without calling back, then joins the thread
    HttpEngine(const HttpEngine&) = delete;
    HttpEngine& operator=(const HttpEngine&) = delete;

    // Thread-safe; may be called from a completion. `delay` postpones the first attempt.
    void submit(HttpRequest request, std::shared_ptr<CallState> state, Completion done,
                std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    const ClientOptions& options() const { return m_options; }

    struct Waker;
    struct Transfer;

private:
    void run();
    void startDue();
    void start(std::unique_ptr<Transfer> transfer);
    void finish(Transfer* transfer, int curlCode);
    void dropCancelled();
    std::chrono::milliseconds backoff(int attempt);

    ClientOptions m_options;
    CURLM* m_multi = nullptr;
    std::shared_ptr<Waker> m_waker;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Transfer>> m_queued; // guarded by m_mutex; sorted by notBefore on use
    bool m_stopping = false;
    std::vector<std::unique_ptr<Transfer>> m_active; // worker thread only
    std::thread m_thread;
};

} // namespace switchyard::client
