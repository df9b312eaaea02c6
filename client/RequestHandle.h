#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace switchyard::client {

// Shared between a call in flight and the handle its caller holds.
struct CallState
{
    std::atomic<bool> cancelled{false};
    std::atomic<bool> finished{false};
    // Held while the callback runs: cancel() from another thread waits for a running callback, so once
    // cancel() has returned the callback is never entered. Recursive so a callback may cancel itself.
    std::recursive_mutex deliverMutex;
    std::function<void()> wake; // set by the engine: makes its thread notice the cancellation
};

// A call (or subscription) in flight. Dropping the handle does NOT cancel; call cancel().
class RequestHandle
{
public:
    RequestHandle() = default;
    explicit RequestHandle(std::shared_ptr<CallState> state) : m_state(std::move(state)) {}

    // Thread-safe and idempotent. After it returns the callback will not be called (if the callback is
    // running on the client's thread right now, cancel() waits for it; don't block that callback on
    // the caller's thread, e.g. with a blocking queued connection).
    void cancel();
    bool finished() const;
    bool valid() const { return m_state != nullptr; }

private:
    std::shared_ptr<CallState> m_state;
};

} // namespace switchyard::client
