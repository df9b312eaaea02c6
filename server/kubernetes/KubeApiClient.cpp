#include "KubeApiClient.h"

#include <algorithm>

#include <curl/curl.h>

#include "CurlHandle.h"
#include "KubeConfigLocator.h"
#include "WatchLineSplitter.h"

namespace switchyard {
namespace {

// Idle handles kept for reuse: about one per thread that talks to the API server at the same time.
constexpr std::size_t kPoolSize = 4;
// A refused watch's Status is small; more is not read.
constexpr std::size_t kMaxErrorBody = 64 * 1024;

curl_blob blobOf(const std::string& pem)
{
    return curl_blob{const_cast<char*>(pem.data()), pem.size(), CURL_BLOB_COPY};
}

struct RequestSink
{
    std::string* body;
    std::size_t limit;
    bool tooLarge = false;
};

std::size_t onRequestBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* sink = static_cast<RequestSink*>(user);
    const std::size_t bytes = size * count;
    if (sink->body->size() + bytes > sink->limit) {
        sink->tooLarge = true;
        return 0; // ends the transfer with CURLE_WRITE_ERROR
    }
    sink->body->append(data, bytes);
    return bytes;
}

// What a watch's callbacks share; lives on watch()'s stack for the transfer.
struct WatchSink
{
    WatchSink(CURL* handle, std::size_t maxLineBytes,
              const std::function<bool(const nlohmann::json&)>& events, const std::function<void()>& opened)
        : easy(handle), splitter(maxLineBytes), onEvent(&events), onOpen(&opened),
          lastData(std::chrono::steady_clock::now())
    {}

    CURL* easy;
    WatchLineSplitter splitter;
    const std::function<bool(const nlohmann::json&)>* onEvent;
    const std::function<void()>* onOpen;
    std::chrono::steady_clock::time_point lastData; // for the idle timeout
    long status = 0;
    std::string errorBody;
    WatchLineSplitter::Outcome outcome = WatchLineSplitter::Outcome::Continue;
    bool badEvent = false;
};

std::size_t onWatchBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* sink = static_cast<WatchSink*>(user);
    const std::size_t bytes = size * count;
    sink->lastData = std::chrono::steady_clock::now();
    if (sink->status == 0)
        curl_easy_getinfo(sink->easy, CURLINFO_RESPONSE_CODE, &sink->status);
    if (sink->status < 200 || sink->status >= 300) {
        // A refusal's body is a Status, not events.
        sink->errorBody.append(
            data, std::min(bytes, kMaxErrorBody - std::min(kMaxErrorBody, sink->errorBody.size())));
        return bytes;
    }
    sink->outcome = sink->splitter.feed(std::string_view(data, bytes), [sink](std::string_view line) {
        const nlohmann::json event = WatchLineSplitter::parseEvent(line);
        if (event.is_discarded()) {
            sink->badEvent = true;
            return false;
        }
        return (*sink->onEvent)(event);
    });
    return sink->outcome == WatchLineSplitter::Outcome::Continue ? bytes : 0;
}

// The end of the headers tells whether the watch was accepted, before the first event.
std::size_t onWatchHeader(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* sink = static_cast<WatchSink*>(user);
    const std::size_t bytes = size * count;
    sink->lastData = std::chrono::steady_clock::now();
    const bool headersEnd = bytes <= 2 && (bytes == 0 || data[0] == '\r' || data[0] == '\n');
    if (headersEnd && sink->status == 0) {
        long status = 0;
        curl_easy_getinfo(sink->easy, CURLINFO_RESPONSE_CODE, &status);
        if (status >= 200) { // not an interim 1xx
            sink->status = status;
            if (status < 300 && *sink->onOpen)
                (*sink->onOpen)();
        }
    }
    return bytes;
}

} // namespace

std::string KubeApiClient::WatchEnd::message() const
{
    if (reason == Reason::HttpError)
        return KubeResponse{status, body, {}}.message();
    return error;
}

KubeApiClient::KubeApiClient(KubeConfig config) : KubeApiClient(std::move(config), Options{}) {}

KubeApiClient::KubeApiClient(KubeConfig config, Options options)
    : m_config(std::move(config)), m_options(options),
      m_token(m_config.token, m_config.tokenFile, m_options.tokenRecheck)
{}

KubeApiClient::~KubeApiClient() = default;

Result<std::unique_ptr<KubeApiClient>> KubeApiClient::fromOptions(const std::string& kubeconfigPath,
                                                                  const std::string& context)
{
    auto config =
        KubeConfigLocator::load(kubeconfigPath, context, KubeConfigLocator::Environment::fromProcess());
    if (!config)
        return config.error();
    return std::make_unique<KubeApiClient>(std::move(config).value());
}

std::unique_ptr<CurlHandle> KubeApiClient::acquire()
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_pool.empty()) {
            auto handle = std::move(m_pool.back());
            m_pool.pop_back();
            return handle;
        }
    }
    return std::make_unique<CurlHandle>();
}

void KubeApiClient::release(std::unique_ptr<CurlHandle> handle)
{
    std::lock_guard lock(m_poolMutex);
    if (m_pool.size() < kPoolSize)
        m_pool.push_back(std::move(handle));
}

void KubeApiClient::prepare(CurlHandle& handle, const std::string& path, std::vector<std::string> headers)
{
    handle.reset();
    CURL* easy = handle.easy();
    const std::string url = m_config.server + path;
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, m_config.insecureSkipTlsVerify ? 0L : 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, m_config.insecureSkipTlsVerify ? 0L : 2L);
    // The config's CA is the only one trusted, as kubectl does: libcurl's default bundle and directory would
    // otherwise be trusted beside it, so any public CA could vouch for an impostor API server.
    if (!m_config.certificateAuthorityPem.empty()) {
        curl_blob ca = blobOf(m_config.certificateAuthorityPem);
        curl_easy_setopt(easy, CURLOPT_CAINFO_BLOB, &ca);
        curl_easy_setopt(easy, CURLOPT_CAINFO, nullptr);
        curl_easy_setopt(easy, CURLOPT_CAPATH, nullptr);
    } else if (!m_config.certificateAuthorityFile.empty()) {
        curl_easy_setopt(easy, CURLOPT_CAINFO, m_config.certificateAuthorityFile.c_str());
        curl_easy_setopt(easy, CURLOPT_CAPATH, nullptr);
    }
    if (!m_config.clientCertificatePem.empty()) {
        curl_blob certificate = blobOf(m_config.clientCertificatePem);
        curl_easy_setopt(easy, CURLOPT_SSLCERT_BLOB, &certificate);
        curl_easy_setopt(easy, CURLOPT_SSLCERTTYPE, "PEM");
    } else if (!m_config.clientCertificateFile.empty()) {
        curl_easy_setopt(easy, CURLOPT_SSLCERT, m_config.clientCertificateFile.c_str());
        curl_easy_setopt(easy, CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!m_config.clientKeyPem.empty()) {
        curl_blob key = blobOf(m_config.clientKeyPem);
        curl_easy_setopt(easy, CURLOPT_SSLKEY_BLOB, &key);
        curl_easy_setopt(easy, CURLOPT_SSLKEYTYPE, "PEM");
    } else if (!m_config.clientKeyFile.empty()) {
        curl_easy_setopt(easy, CURLOPT_SSLKEY, m_config.clientKeyFile.c_str());
        curl_easy_setopt(easy, CURLOPT_SSLKEYTYPE, "PEM");
    }
    headers.push_back("Accept: application/json");
    headers.push_back("User-Agent: switchyard-server");
    headers.push_back("Expect:"); // no 100-continue round trip before a large body
    if (const std::string token = m_token.current(); !token.empty())
        headers.push_back("Authorization: Bearer " + token);
    handle.setHeaders(headers);
}

KubeResponse KubeApiClient::request(std::string_view method, const std::string& path,
                                    const nlohmann::json* body, std::string_view contentType,
                                    std::chrono::milliseconds timeout, const std::atomic<bool>* cancel)
{
    const std::string payload = body ? body->dump() : std::string();
    std::vector<std::string> headers;
    if (body)
        headers.push_back("Content-Type: " + std::string(contentType));
    auto handle = acquire();
    prepare(*handle, path, std::move(headers));
    CURL* easy = handle->easy();
    const std::string verb(method);
    if (verb == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else if (verb == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, verb.c_str());
        if (body) {
            curl_easy_setopt(easy, CURLOPT_POSTFIELDS, payload.data());
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(payload.size()));
        }
    }
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min(timeout, m_options.connectTimeout).count()));
    // A declared length over the limit is refused before any of the body is read.
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_options.maxResponseBytes));
    KubeResponse response;
    RequestSink sink{&response.body, m_options.maxResponseBytes};
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onRequestBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &sink);
    const CURLcode code = handle->perform([cancel] { return !cancel || !cancel->load(); });
    if (code == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        response.status = static_cast<int>(status);
    } else {
        response.body.clear();
        const std::string limit = std::to_string(m_options.maxResponseBytes >> 20) + " MiB";
        if (sink.tooLarge || code == CURLE_FILESIZE_EXCEEDED)
            response.error = "The answer to " + verb + " " + path + " is larger than " + limit + ".";
        else if (code == CURLE_ABORTED_BY_CALLBACK)
            response.error = "cancelled";
        else
            response.error = m_config.server + ": " + handle->errorText(code);
    }
    release(std::move(handle));
    return response;
}

KubeApiClient::WatchEnd KubeApiClient::watch(const std::string& path,
                                             const std::function<bool(const nlohmann::json& event)>& onEvent,
                                             const std::atomic<bool>& stop,
                                             std::chrono::milliseconds idleTimeout,
                                             const std::function<void()>& onOpen)
{
    auto handle = acquire();
    prepare(*handle, path, {});
    CURL* easy = handle->easy();
    curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    WatchSink sink(easy, m_options.maxWatchLineBytes, onEvent, onOpen);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onWatchBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onWatchHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &sink);
    bool idle = false;
    const CURLcode code = handle->perform([&] {
        if (stop.load())
            return false;
        idle = std::chrono::steady_clock::now() - sink.lastData > idleTimeout;
        return !idle;
    });
    WatchEnd end;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    end.status = static_cast<int>(status);
    using Reason = WatchEnd::Reason;
    if (sink.outcome == WatchLineSplitter::Outcome::Declined && !sink.badEvent) {
        end.reason = Reason::Declined;
    } else if (sink.badEvent) {
        end.reason = Reason::BadStream;
        end.error = "The watch of " + path + " sent a line that is not a watch event.";
    } else if (sink.outcome == WatchLineSplitter::Outcome::LineTooLong) {
        end.reason = Reason::BadStream;
        end.error = "The watch of " + path + " sent a line longer than " +
                    std::to_string(m_options.maxWatchLineBytes >> 20) + " MiB.";
    } else if (code == CURLE_ABORTED_BY_CALLBACK && !idle) {
        end.reason = Reason::Stopped;
    } else if (code == CURLE_ABORTED_BY_CALLBACK) {
        end.reason = Reason::Transport;
        end.error =
            "The watch of " + path + " was silent for " + std::to_string(idleTimeout.count()) + " ms.";
    } else if (end.status != 0 && (end.status < 200 || end.status >= 300)) {
        end.reason = Reason::HttpError;
        end.body = std::move(sink.errorBody);
    } else if (code == CURLE_OK) {
        end.reason = Reason::Closed;
    } else {
        end.reason = Reason::Transport;
        end.error = m_config.server + ": " + handle->errorText(code);
    }
    // A connection ended in the middle of a stream cannot carry another request; a fresh handle is cheap.
    if (code == CURLE_OK)
        release(std::move(handle));
    return end;
}

} // namespace switchyard
