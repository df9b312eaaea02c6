#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <nlohmann/json.hpp>

#include "Records.h"
#include "Store.h"

namespace switchyard::server {

// The audit log and change feed. Events are rows of the store, written in the same transaction as the
// change they describe; long polls wait on timers (no thread blocked) and wake when a change commits.
// append/committed/poll run on the store thread only; wakeAll may come from any thread.
//
// A woken poll asks its page again and answers only if it holds an event: a commit of events the poll
// leaves out (another operator's, with ?operator=) does not end its wait early with an empty page. An
// empty answer therefore means the time was up, or the server is stopping.
//
// Every page carries the log's identity (`log_id`, random, made with the store and kept in it): a
// client that remembers another one talks to a server whose data dir was replaced, where seq started
// again at 1, and must start over rather than wait for the new log to reach its old cursor.
//
// Lifetime: a waiting poll's timer handler and the page it then posts to the store thread may run
// after this object is gone (the store thread and the io loop are stopped after it). They hold only the
// shared Feed, never `this`; the Feed uses the Store, which the owner keeps alive until the store
// thread has been joined (the store thread exists to serve it).
class EventLog
{
public:
    using Executor = boost::asio::thread_pool::executor_type;
    static constexpr int kMaxWaitSeconds = 30;
    // A page holds at most kPageSize events and kMaxPageBytes of serialized events (one larger event
    // comes alone).
    static constexpr int kPageSize = 1000;
    static constexpr std::size_t kMaxPageBytes = 1 << 20;

    // Reads (or, in a new store, creates) the log's identity: call before the store thread runs.
    EventLog(Store& store, boost::asio::io_context& io, Executor storeExecutor);

    // Inside the caller's transaction; fills in the time and who caused it (the current actor).
    void append(EventRecord event);
    // Who causes the events appended from now on (store thread): an operator's name, or
    // serverActor(source) for what the server does on its own. Starts as serverActor("server").
    void setActor(std::string actor);
    const std::string& actor() const { return m_actor; }
    static std::string serverActor(const std::string& source) { return "server:" + source; }
    // The event's "operator" and "caused_by" fields for a stored actor.
    static nlohmann::json actorJson(const std::string& actor);
    // After the transaction committed: wakes the waiting polls (each answers if its page now holds an event).
    void committed();
    // GET /api/v1/events: events with seq >= after, at once if there are any, else after up to wait
    // seconds. A `knownLogId` (the client's `log`) other than this log's answers at once from the start.
    // A non-empty `actor` keeps only the events it caused (an operator's name: ?operator=).
    void poll(std::int64_t after, int waitSeconds, const std::string& knownLogId, const std::string& actor,
              std::function<void(nlohmann::json)> answer);
    // Shutdown: answers every waiting poll now, with what it has, and every later poll at once.
    void wakeAll();
    const std::string& logId() const;

private:
    struct Feed;
    std::shared_ptr<Feed> m_feed;
    bool m_pending = false;
    std::string m_actor = serverActor("server");
};

// Sets the log's actor for one scope (a request on the store thread), then puts the previous one back.
class ActorScope
{
public:
    ActorScope(EventLog& log, std::string actor) : m_log(log), m_previous(log.actor())
    {
        m_log.setActor(std::move(actor));
    }
    ~ActorScope() { m_log.setActor(std::move(m_previous)); }
    ActorScope(const ActorScope&) = delete;
    ActorScope& operator=(const ActorScope&) = delete;

private:
    EventLog& m_log;
    std::string m_previous;
};

} // namespace switchyard::server
