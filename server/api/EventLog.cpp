#include "EventLog.h"

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
struct EventLog::Feed
{
    Store& store;
    net::io_context& io;
    Executor storeExecutor;
    const std::string logId;
    std::mutex mutex;
    std::vector<std::shared_ptr<net::steady_timer>> waiters;

    nlohmann::json page(std::int64_t after, const std::string& actor);
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
    wakeAll();
}

void EventLog::wakeAll()
{
    std::vector<std::shared_ptr<net::steady_timer>> waiters;
    {
        std::lock_guard lock(m_feed->mutex);
        waiters.swap(m_feed->waiters);
    }
    // A timer is touched only on its own strand; cancelling completes its wait early.
    for (auto& timer : waiters)
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
    if (otherLog)
        after = 0;
    auto body = m_feed->page(after, actor);
    if (otherLog || !body["events"].empty() || waitSeconds <= 0) {
        answer(std::move(body));
        return;
    }
    auto timer = std::make_shared<net::steady_timer>(net::make_strand(m_feed->io));
    timer->expires_after(std::chrono::seconds(waitSeconds));
    {
        std::lock_guard lock(m_feed->mutex);
        m_feed->waiters.push_back(timer);
    }
    // Appends happen on this (the store) thread too, so no event can slip in between the query and here.
    timer->async_wait(
        [feed = m_feed, timer, after, actor, answer = std::move(answer)](boost::system::error_code) mutable {
            {
                std::lock_guard lock(feed->mutex);
                std::erase(feed->waiters, timer);
            }
            net::post(feed->storeExecutor, [feed, after, actor, answer = std::move(answer)] {
                try {
                    answer(feed->page(after, actor));
                } catch (const std::exception& e) {
                    Logger::error(std::string("events: ") + e.what());
                    answer({{"events", nlohmann::json::array()}, {"next", after}, {"log_id", feed->logId}});
                }
            });
        });
}

} // namespace switchyard::server
