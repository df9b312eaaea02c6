#include "EventLog.h"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

#include "Clock.h"
#include "Logger.h"

namespace switchyard::server {
namespace net = boost::asio;

EventLog::EventLog(Store& store, net::io_context& io, Executor storeExecutor)
    : m_store(store), m_io(io), m_storeExecutor(storeExecutor)
{}

void EventLog::append(EventRecord event)
{
    event.time = Clock::nowRfc3339();
    if (!event.detail.is_object())
        event.detail = nlohmann::json::object();
    m_store.appendEvent(event);
    m_pending = true;
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
        std::lock_guard lock(m_mutex);
        waiters.swap(m_waiters);
    }
    // A timer is touched only on its own strand; cancelling completes its wait early.
    for (auto& timer : waiters)
        net::post(timer->get_executor(), [timer] { timer->cancel(); });
}

nlohmann::json EventLog::page(std::int64_t after)
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
        const auto events = m_store.eventsFrom(next, want);
        for (const auto& e : events) {
            nlohmann::json item{
                {"seq", e.seq},
                {"time", e.time},
                {"endpoint", e.endpoint.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.endpoint)},
                {"version", e.version.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.version)},
                {"kind", e.kind},
                {"detail", e.detail}};
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
        next = std::max(next, m_store.lastEventSeq() + 1);
    return {{"events", list}, {"next", next}};
}

void EventLog::poll(std::int64_t after, int waitSeconds, std::function<void(nlohmann::json)> answer)
{
    auto body = page(after);
    if (!body["events"].empty() || waitSeconds <= 0) {
        answer(std::move(body));
        return;
    }
    auto timer = std::make_shared<net::steady_timer>(net::make_strand(m_io));
    timer->expires_after(std::chrono::seconds(waitSeconds));
    {
        std::lock_guard lock(m_mutex);
        m_waiters.push_back(timer);
    }
    // Appends happen on this (the store) thread too, so no event can slip in between the query and here.
    timer->async_wait([this, timer, after, answer = std::move(answer)](boost::system::error_code) mutable {
        {
            std::lock_guard lock(m_mutex);
            std::erase(m_waiters, timer);
        }
        net::post(m_storeExecutor, [this, after, answer = std::move(answer)] {
            try {
                answer(page(after));
            } catch (const std::exception& e) {
                Logger::error(std::string("events: ") + e.what());
                answer({{"events", nlohmann::json::array()}, {"next", after}});
            }
        });
    });
}

} // namespace switchyard::server
