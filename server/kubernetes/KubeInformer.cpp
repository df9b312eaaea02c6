#include "KubeInformer.h"

#include <algorithm>
#include <cctype>

#include "KubeApiClient.h"

namespace switchyard {
namespace {

std::string resourceVersionOf(const nlohmann::json& object)
{
    const auto metadata = object.find("metadata");
    if (metadata == object.end() || !metadata->is_object())
        return {};
    const auto version = metadata->find("resourceVersion");
    return version != metadata->end() && version->is_string() ? version->get<std::string>() : std::string();
}

// resourceVersion values are opaque: only passed back, never compared, but they must survive a query.
std::string queryEscaped(const std::string& text)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace

KubeInformer::KubeInformer(KubeApiClient& client, std::string path, Callbacks callbacks)
    : KubeInformer(client, std::move(path), std::move(callbacks), Options{})
{}

KubeInformer::KubeInformer(KubeApiClient& client, std::string path, Callbacks callbacks, Options options)
    : m_client(client), m_path(std::move(path)), m_callbacks(std::move(callbacks)), m_options(options),
      m_backoff(options.firstBackoff)
{}

KubeInformer::~KubeInformer()
{
    stop();
}

void KubeInformer::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void KubeInformer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::string KubeInformer::resourceVersion() const
{
    std::lock_guard lock(m_mutex);
    return m_resourceVersion;
}

std::string KubeInformer::pathWith(const std::string& query) const
{
    return m_path + (m_path.find('?') == std::string::npos ? "?" : "&") + query;
}

void KubeInformer::run()
{
    bool listed = false;
    while (!m_stop) {
        if (!listed) {
            listed = list();
            if (!listed)
                sleepBackoff();
            continue;
        }
        if (watchOnce() == Next::Relist)
            listed = false;
    }
}

bool KubeInformer::list()
{
    const KubeResponse response =
        m_client.request("GET", m_path, nullptr, "application/json", m_options.listTimeout, &m_stop);
    if (m_stop)
        return false;
    if (!response.ok()) {
        health(false, "LIST " + m_path + ": " + response.message());
        return false;
    }
    const nlohmann::json body = response.json();
    if (!body.is_object() || !body.contains("items") ||
        !(body["items"].is_array() || body["items"].is_null())) {
        health(false, "LIST " + m_path + ": the answer is not a list.");
        return false;
    }
    std::vector<nlohmann::json> items;
    if (body["items"].is_array())
        items.assign(body["items"].begin(), body["items"].end());
    {
        std::lock_guard lock(m_mutex);
        m_resourceVersion = resourceVersionOf(body);
        m_backoff = m_options.firstBackoff;
    }
    health(true, {});
    if (m_callbacks.onReplace)
        m_callbacks.onReplace(std::move(items));
    return true;
}

KubeInformer::Next KubeInformer::watchOnce()
{
    const std::string query =
        "watch=1&allowWatchBookmarks=true&timeoutSeconds=" + std::to_string(m_options.watchTimeout.count()) +
        "&resourceVersion=" + queryEscaped(resourceVersion());
    bool gone = false;
    bool opened = false;
    std::string errorMessage;
    const auto onOpen = [&] {
        opened = true;
        m_backoff = m_options.firstBackoff;
        health(true, {});
    };
    const auto onEvent = [&](const nlohmann::json& event) {
        const std::string type = event["type"].get<std::string>();
        const nlohmann::json& object = event["object"];
        if (type == "ERROR") {
            // A Status: 410 when the version we resume from is older than the server keeps.
            const auto code = object.find("code");
            gone = code != object.end() && code->is_number_integer() && code->get<int>() == 410;
            const auto message = object.find("message");
            errorMessage =
                message != object.end() && message->is_string() ? message->get<std::string>() : object.dump();
            return false;
        }
        if (const std::string version = resourceVersionOf(object); !version.empty()) {
            std::lock_guard lock(m_mutex);
            m_resourceVersion = version;
        }
        // A bookmark only moves the version on, so a resume after a quiet hour is not a relist.
        if (type != "BOOKMARK" && m_callbacks.onEvent)
            m_callbacks.onEvent(type, object);
        return !m_stop.load();
    };
    // Beyond the server's own timeout, silence means a dead connection (a NAT that forgot it).
    const auto idle = std::chrono::duration_cast<std::chrono::milliseconds>(m_options.watchTimeout) +
                      std::chrono::seconds(30);
    const KubeApiClient::WatchEnd end = m_client.watch(pathWith(query), onEvent, m_stop, idle, onOpen);
    using Reason = KubeApiClient::WatchEnd::Reason;
    switch (end.reason) {
    case Reason::Stopped:
        return Next::Resume;
    case Reason::Closed:
        // The server's timeoutSeconds: a normal end.
        m_backoff = m_options.firstBackoff;
        return Next::Resume;
    case Reason::Declined:
        if (m_stop)
            return Next::Resume;
        if (gone)
            return Next::Relist;
        health(false, "WATCH " + m_path + ": " + errorMessage);
        sleepBackoff();
        return Next::Relist;
    case Reason::HttpError:
        if (end.status == 410)
            return Next::Relist;
        health(false, "WATCH " + m_path + ": " + end.message());
        sleepBackoff();
        return Next::Relist;
    case Reason::Transport:
    case Reason::BadStream:
        break;
    }
    // A drop: resume from the last version after a short pause, longer while the server stays away.
    if (!opened)
        health(false, "WATCH " + m_path + ": " + end.message());
    sleepBackoff();
    return Next::Resume;
}

void KubeInformer::health(bool ok, const std::string& message)
{
    // Only changes: while the server is away every retry fails, with a text that differs in its timings.
    const int state = ok ? 1 : 0;
    if (state == m_healthState)
        return;
    m_healthState = state;
    if (m_callbacks.onHealth)
        m_callbacks.onHealth(ok, message);
}

void KubeInformer::sleepBackoff()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, m_backoff, [this] { return m_stop.load(); });
    m_backoff = std::min(m_backoff * 2, m_options.maxBackoff);
}

} // namespace switchyard
