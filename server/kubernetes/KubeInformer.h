#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

namespace switchyard {

class KubeApiClient;

// Keeps a caller's view of one collection (a path such as /api/v1/namespaces/NS/pods?labelSelector=...)
// current: LIST for the whole state, then WATCH from the list's resourceVersion, resuming from the last
// version seen when a stream ends or drops, and listing again when the server has forgotten that version
// (410 Gone). On its own thread; the callbacks run there, one at a time, never after stop() returned, and
// must not throw.
//
// The LIST is one request (no limit/continue paging): the collections the backend watches are one
// cluster's pods or Deployments in one namespace, far below the client's 64 MiB answer limit.
class KubeInformer
{
public:
    struct Callbacks
    {
        // The whole collection, after each LIST (the first and every relist): replaces what came before.
        std::function<void(std::vector<nlohmann::json> items)> onReplace;
        // One change: ADDED, MODIFIED or DELETED, with the object.
        std::function<void(const std::string& type, const nlohmann::json& object)> onEvent;
        // Whether the API server is reachable and lets us read the collection; called when that changes,
        // with the first failure's message. A 403's message names the missing permission.
        std::function<void(bool ok, const std::string& message)> onHealth;
    };

    struct Options
    {
        std::chrono::seconds watchTimeout{
            300}; // asked of the server (timeoutSeconds); it then ends the stream
        std::chrono::milliseconds firstBackoff{100};
        std::chrono::milliseconds maxBackoff{5000};
        std::chrono::seconds listTimeout{30};
    };

    KubeInformer(KubeApiClient& client, std::string path, Callbacks callbacks);
    KubeInformer(KubeApiClient& client, std::string path, Callbacks callbacks, Options options);
    ~KubeInformer();
    KubeInformer(const KubeInformer&) = delete;
    KubeInformer& operator=(const KubeInformer&) = delete;

    void start();
    // Ends the thread within about 100 ms plus whatever callback is running; idempotent.
    void stop();

    // The last resourceVersion seen (for tests and diagnostics).
    std::string resourceVersion() const;

private:
    enum class Next
    {
        Resume, // watch again from the last version
        Relist, // list again
    };

    void run();
    bool list();      // false: failed (health reported), back off and list again
    Next watchOnce(); // one WATCH stream, to its end
    void health(bool ok, const std::string& message);
    void sleepBackoff(); // and double it
    std::string pathWith(const std::string& query) const;

    KubeApiClient& m_client;
    const std::string m_path;
    const Callbacks m_callbacks;
    const Options m_options;

    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex; // guards m_resourceVersion and the back-off wait
    std::condition_variable m_wake;
    std::string m_resourceVersion;
    std::chrono::milliseconds m_backoff;
    int m_healthState = -1; // -1 not reported yet, 0 failing, 1 ok
};

} // namespace switchyard
