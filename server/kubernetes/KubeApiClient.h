#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "BearerToken.h"
#include "KubeConfig.h"
#include "KubeResponse.h"
#include "Result.h"

namespace switchyard {

class CurlHandle;

// The Kubernetes API over HTTPS, as a kubeconfig or a pod's service account describes it: synchronous
// requests and streaming watches, callable from any thread. Each call borrows a libcurl handle from a small
// pool and gives it back, so calls in sequence reuse the connection and its TLS session.
//
// Security decisions: the API server's certificate and name are always verified (against the config's CA
// only when it gives one, else the system's trust store) unless the config says insecure-skip-tls-verify;
// no redirect is followed; only http and https are spoken; every answer is bounded in size; the token is
// never written to a log or an error message.
class KubeApiClient
{
public:
    struct Options
    {
        std::size_t maxResponseBytes = std::size_t(64) << 20;  // a list of a namespace's pods fits easily
        std::size_t maxWatchLineBytes = std::size_t(16) << 20; // one object, with its managed fields
        std::chrono::milliseconds connectTimeout{5000};
        std::chrono::milliseconds tokenRecheck{1000}; // how often a token file's time is looked at
    };

    // How a watch ended, so the caller can tell "resume", "relist" and "back off" apart.
    struct WatchEnd
    {
        enum class Reason
        {
            Stopped,   // `stop` was set
            Declined,  // the event handler returned false
            Closed,    // the server ended the stream (its timeoutSeconds): resume from the last version
            HttpError, // the watch was refused: `status` and the Status in `body` (410: relist)
            Transport, // refused, TLS, dropped, idle for too long
            BadStream, // a line that is not a watch event, or longer than the limit
        };
        Reason reason = Reason::Transport;
        int status = 0; // the HTTP status, when one came
        std::string error;
        std::string body; // for HttpError
        // The error, or the Status' message for HttpError.
        std::string message() const;
    };

    explicit KubeApiClient(KubeConfig config);
    KubeApiClient(KubeConfig config, Options options);
    ~KubeApiClient();
    KubeApiClient(const KubeApiClient&) = delete;
    KubeApiClient& operator=(const KubeApiClient&) = delete;

    // The client for `--kubeconfig` and `--context` (both may be empty), found as KubeConfigLocator says.
    static Result<std::unique_ptr<KubeApiClient>> fromOptions(const std::string& kubeconfigPath,
                                                              const std::string& context);

    const KubeConfig& config() const { return m_config; }

    // One request; `path` starts with "/" and carries its query. Never throws. `cancel`, when given and
    // set from another thread, ends the request within about 100 ms (error "cancelled").
    KubeResponse request(std::string_view method, const std::string& path,
                         const nlohmann::json* body = nullptr,
                         std::string_view contentType = "application/json",
                         std::chrono::milliseconds timeout = std::chrono::seconds(10),
                         const std::atomic<bool>* cancel = nullptr);

    // A streaming GET of `path` (which asks for watch=1): each event line, parsed, goes to `onEvent`
    // until it returns false, `stop` is set (noticed within about 100 ms), the server ends the stream, or
    // nothing at all arrives for `idleTimeout`. `onOpen`, when given, is called once the server has
    // accepted the watch (a 2xx status), before any event: a quiet collection may send none for minutes.
    WatchEnd watch(const std::string& path, const std::function<bool(const nlohmann::json& event)>& onEvent,
                   const std::atomic<bool>& stop,
                   std::chrono::milliseconds idleTimeout = std::chrono::minutes(5),
                   const std::function<void()>& onOpen = {});

private:
    std::unique_ptr<CurlHandle> acquire();
    void release(std::unique_ptr<CurlHandle> handle);
    // URL, TLS, credentials and the common headers on a freshly reset handle.
    void prepare(CurlHandle& handle, const std::string& path, std::vector<std::string> headers);

    const KubeConfig m_config;
    const Options m_options;
    BearerToken m_token;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<CurlHandle>> m_pool;
};

} // namespace switchyard
