#include "EventLog.h"

#include <chrono>

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "Logger.h"

namespace switchyard::server {
namespace net = boost::asio;

namespace {
constexpr const char* kLogIdKey = "event_log_id";

std::string logIdOf(Store& store)
{
    if (auto stored = store.meta(kLogIdKey); stored && !stored->empty())
        return *stored;
    const std::string id = Crypto::base64UrlEncode(Crypto::randomBytes(12));
    Transaction tx(store.db());
    store.setMeta(kLogIdKey, id);
    tx.commit();
    return id;
}
} // namespace

// What the waiting polls' handlers share with the log (see the header's lifetime note).
struct EventLog::Feed : std::enable_shared_from_this<Feed>
{
    Feed(Store& store, net::io_context& io, Executor storeExecutor, std::string logId)
        : store(store), io(io), storeExecutor(storeExecutor), logId(std::move(logId))
    {}

    Store& store;
    net::io_context& io;
    Executor storeExecutor;
    const std::string logId;
    std::mutex mutex; // guards waiters and stopping
    std::vector<std::shared_ptr<net::steady_timer>> waiters;
    bool stopping = false;

    // One long poll: what it asks, until when it may wait, and where its one answer goes.
    struct Poll
    {
        std::int64_t after;
        std::string actor;
        std::chrono::steady_clock::time_point deadline;
        std::function<void(nlohmann::json)> answer;
    };

    nlohmann::json page(std::int64_t after, const std::string& actor);
    void answerOrWait(const std::shared_ptr<Poll>& poll);
    void wake(bool stop);
};

EventLog::EventLog(Store& store, net::io_context& io, Executor storeExecutor)
    : m_feed(std::make_shared<Feed>(store, io, storeExecutor, logIdOf(store)))
{}

const std::string& EventLog::logId() const
{
    return m_feed->logId;
}

void EventLog::append(EventRecord event)
{
    event.time = Clock::nowRfc3339();
    if (!event.detail.is_object())
        event.detail = nlohmann::json::object();
    m_feed->store.appendEvent(event, m_actor);
    m_pending = true;
}

void EventLog::setActor(std::string actor)
{
    m_actor = std::move(actor);
}

nlohmann::json EventLog::actorJson(const std::string& actor)
{
    constexpr std::string_view server = "server:";
    if (actor.empty()) // recorded before operators were
        return {{"operator", nullptr}, {"caused_by", "unknown"}};
    if (actor.rfind(server, 0) == 0)
        return {{"operator", nullptr}, {"caused_by", actor.substr(server.size())}};
    return {{"operator", actor}, {"caused_by", "operator"}};
}

void EventLog::committed()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_feed->wake(false);
}

void EventLog::wakeAll()
{
    m_feed->wake(true);
}

void EventLog::Feed::wake(bool stop)
{
    std::vector<std::shared_ptr<net::steady_timer>> woken;
    {
        std::lock_guard lock(mutex);
        stopping = stopping || stop;
        woken.swap(waiters);
    }
    // A timer is touched only on its own strand; cancelling completes its wait early. Each of these timers
    // began its wait before it was listed (answerOrWait), so no cancel comes too early to count.
    for (auto& timer : woken)
        net::post(timer->get_executor(), [timer] { timer->cancel(); });
}

nlohmann::json EventLog::Feed::page(std::int64_t after, const std::string& actor)
{
    // Bounded by count and by serialized bytes, but never empty while an event is there: a single event
    // larger than the bound comes alone, so following `next` always moves on and reaches every event.
    // Rows come in small batches, so one poll holds about a page in memory however large events are.
    constexpr int kBatch = 100;
    nlohmann::json list = nlohmann::json::array();
    std::size_t bytes = 0;
    std::int64_t next = std::max<std::int64_t>(after, 1);
    bool full = false;
    while (!full && static_cast<int>(list.size()) < kPageSize) {
        const int want = std::min(kBatch, kPageSize - static_cast<int>(list.size()));
        const auto events = store.eventsFrom(next, want, actor);
        for (const auto& [e, by] : events) {
            nlohmann::json item{
                {"seq", e.seq},
                {"time", e.time},
                {"endpoint", e.endpoint.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.endpoint)},
                {"version", e.version.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.version)},
                {"kind", e.kind},
                {"detail", e.detail}};
            item.update(actorJson(by));
            // Measured as the answer is written (compact); replace, never throw, on invalid UTF-8.
            const auto size = item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).size() + 1;
            if (!list.empty() && bytes + size > kMaxPageBytes) {
                full = true;
                break;
            }
            bytes += size;
            list.push_back(std::move(item));
            next = e.seq + 1;
        }
        if (static_cast<int>(events.size()) < want)
            break; // no more stored events
    }
    if (list.empty())
        next = std::max(next, store.lastEventSeq() + 1);
    return {{"events", list}, {"next", next}, {"log_id", logId}};
}

void EventLog::poll(std::int64_t after, int waitSeconds, const std::string& knownLogId,
                    const std::string& actor, std::function<void(nlohmann::json)> answer)
{
    // Another log's cursor means nothing here: answer at once from the first event.
    const bool otherLog = !knownLogId.empty() && knownLogId != m_feed->logId;
    const auto now = std::chrono::steady_clock::now();
    m_feed->answerOrWait(std::make_shared<Feed::Poll>(
        Feed::Poll{otherLog ? 0 : after, actor, otherLog ? now : now + std::chrono::seconds(waitSeconds),
                   std::move(answer)}));
}

// Store thread. Appends happen on this thread too, so no event can slip in between the page asked here and
// the wait that follows: the commit that adds one wakes the wait.
void EventLog::Feed::answerOrWait(const std::shared_ptr<Poll>& poll)
{
    auto body = page(poll->after, poll->actor);
    if (!body["events"].empty() || std::chrono::steady_clock::now() >= poll->deadline)
        return poll->answer(std::move(body));
    auto timer = std::make_shared<net::steady_timer>(net::make_strand(io), poll->deadline);
    std::unique_lock lock(mutex);
    if (stopping) {
        lock.unlock();
        return poll->answer(std::move(body));
    }
    // Listed and waiting in one step under the lock: wakeAll (from another thread at shutdown) either sees
    // `stopping` set above or finds a timer whose wait has begun.
    waiters.push_back(timer);
    timer->async_wait([feed = shared_from_this(), timer, poll](boost::system::error_code) {
        {
            std::lock_guard waitersLock(feed->mutex);
            std::erase(feed->waiters, timer);
        }
        // Woken by a commit, by shutdown or by the deadline: ask again on the store thread.
        net::post(feed->storeExecutor, [feed, poll] {
            try {
                feed->answerOrWait(poll);
            } catch (const std::exception& e) {
                Logger::error(std::string("events: ") + e.what());
                poll->answer(
                    {{"events", nlohmann::json::array()}, {"next", poll->after}, {"log_id", feed->logId}});
            }
        });
    });
}

} // namespace switchyard::server
