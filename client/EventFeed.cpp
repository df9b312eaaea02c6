// SwitchyardClient::subscribeEvents: the change feed as a long-poll loop that outlives server restarts.
#include "SwitchyardClient.h"

#include <algorithm>
#include <random>

#include "HttpEngine.h"
#include "ResponseReader.h"
#include "UrlEscape.h"

namespace switchyard::client {
namespace {

// One subscription. Owned by the completion of its poll in flight (no cycle: the engine drops it
// when the handle is cancelled or the client is destroyed).
struct EventFeed : std::enable_shared_from_this<EventFeed>
{
    HttpEngine* engine = nullptr;
    std::shared_ptr<CallState> state;
    std::int64_t after = 0;
    std::string logId; // of the server's log, once a page named it
    int waitSeconds = 25;
    std::string operatorQuery; // "&operator=<name, escaped>", or empty for everyone's events
    std::function<void(const EventPage&)> onEvents;
    std::function<void(bool, const Error&)> onConnection;
    bool connected = true; // until the first failure: a feed that works says nothing about it
    int failures = 0;

    void poll(std::chrono::milliseconds delay)
    {
        HttpRequest r;
        r.method = "GET";
        r.path = "/api/v1/events?after=" + std::to_string(after) + "&wait=" + std::to_string(waitSeconds);
        if (!logId.empty())
            r.path += "&log=" + logId; // base64url: nothing to escape
        r.path += operatorQuery;
        r.bearer = engine->options().adminToken;
        r.totalTimeout = engine->options().totalTimeout + std::chrono::seconds(waitSeconds);
        r.retryable = false; // the feed does its own, unbounded, back-off
        auto self = shared_from_this();
        engine->submit(
            std::move(r), state, [self](HttpResponse&& response) { self->onAnswer(response); }, delay);
    }

    void onAnswer(const HttpResponse& response)
    {
        auto page = ResponseReader::readJson<EventPage>(response, EventPage::fromJson);
        if (!page.ok()) {
            ++failures;
            if (connected || failures == 1) {
                connected = false;
                if (onConnection)
                    onConnection(false, page.error());
            }
            poll(retryDelay());
            return;
        }
        failures = 0;
        if (!connected) {
            connected = true;
            if (onConnection)
                onConnection(true, Error{});
        }
        // Resume point: the server's `next`; never step back in case of a confused answer, unless the
        // server's log is another one (its data dir was replaced): then its `next` is the only cursor.
        const bool newLog = !page->logId.empty() && !logId.empty() && page->logId != logId;
        if (!page->logId.empty())
            logId = page->logId;
        after = newLog ? page->next : std::max(after, page->next);
        // A new log is told even without events: what the subscriber kept belongs to the old one.
        if ((newLog || !page->events.empty()) && onEvents)
            onEvents(page.value());
        if (!state->cancelled)
            poll(std::chrono::milliseconds(0));
    }

    std::chrono::milliseconds retryDelay()
    {
        thread_local std::mt19937 rng{std::random_device{}()};
        const auto& o = engine->options();
        const long long cap = std::min<long long>(o.retryMaxDelay.count(),
                                                  o.retryBaseDelay.count() * (1LL << std::min(failures, 16)));
        std::uniform_int_distribution<long long> dist(cap / 2, std::max<long long>(cap, 1));
        return std::chrono::milliseconds(dist(rng));
    }
};

} // namespace

RequestHandle SwitchyardClient::subscribeEvents(std::int64_t after,
                                                std::function<void(const EventPage&)> onEvents,
                                                std::function<void(bool, const Error&)> onConnection,
                                                int waitSeconds, const std::string& operatorName)
{
    auto feed = std::make_shared<EventFeed>();
    feed->engine = m_engine.get();
    feed->state = std::make_shared<CallState>();
    feed->after = after;
    feed->waitSeconds = std::clamp(waitSeconds, 0, 30);
    if (!operatorName.empty())
        feed->operatorQuery = "&operator=" + escapeUrlPart(operatorName);
    feed->onEvents = std::move(onEvents);
    feed->onConnection = std::move(onConnection);
    feed->poll(std::chrono::milliseconds(0));
    return RequestHandle(feed->state);
}

} // namespace switchyard::client
