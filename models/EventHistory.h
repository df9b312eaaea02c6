#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include <QObject>

#include "SwitchyardClient.h"

namespace switchyard::models {

// The session's view of the cluster's change feed: follows it, keeps the latest events (oldest first,
// at most `capacity`) and the seq already seen, and starts over when the server's log is another one
// (its data dir was replaced). Lives on the GUI thread; the feed's callback only posts a queued call.
class EventHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHistory)

public:
    static constexpr std::size_t kMaxEvents = 5000;

    explicit EventHistory(std::size_t capacity = kMaxEvents, QObject* parent = nullptr);
    ~EventHistory() override;

    // Subscribes to `client`'s feed from the start (once; the feed itself resumes across restarts).
    // The client must outlive the subscription or stop() it first.
    void follow(client::SwitchyardClient& client);
    bool following() const { return m_feed.valid(); }
    void stop() { m_feed.cancel(); }

    // One page of the feed, on the GUI thread (follow() hands its pages here).
    void addPage(const EventPage& page);

    const std::deque<EventRecord>& events() const { return m_events; }
    std::int64_t lastSeq() const { return m_lastSeq; }
    const std::string& logId() const { return m_logId; }
    std::size_t capacity() const { return m_capacity; }

signals:
    // The server's log was replaced: everything kept so far was dropped.
    void cleared();
    // The records themselves, oldest first, already added to events().
    void recordsArrived(const std::vector<switchyard::EventRecord>& events);

private:
    std::size_t m_capacity;
    client::RequestHandle m_feed;
    std::deque<EventRecord> m_events;
    std::int64_t m_lastSeq = 0;
    std::string m_logId;
};

} // namespace switchyard::models
