#include "EventHistory.h"

#include <algorithm>
#include <memory>

#include <QMetaObject>

namespace switchyard::models {

EventHistory::EventHistory(std::size_t capacity, QObject* parent)
    : QObject(parent), m_capacity(std::max<std::size_t>(capacity, 1))
{}

EventHistory::~EventHistory()
{
    m_feed.cancel();
}

void EventHistory::follow(client::SwitchyardClient& client)
{
    if (m_feed.valid())
        return;
    // Every change anyone makes arrives here; the feed resumes by itself across restarts.
    m_feed = client.subscribeEvents(
        0,
        [this](const EventPage& page) {
            auto copy = std::make_shared<EventPage>(page);
            QMetaObject::invokeMethod(
                this, [this, copy] { addPage(*copy); }, Qt::QueuedConnection);
        },
        {}, 25);
}

void EventHistory::addPage(const EventPage& page)
{
    // Seqs of another log say nothing about this one's: what was kept no longer applies.
    if (!page.logId.empty() && !m_logId.empty() && page.logId != m_logId) {
        m_events.clear();
        m_lastSeq = 0;
        emit cleared();
    }
    if (!page.logId.empty())
        m_logId = page.logId;
    // The feed resumes from the last seq it saw, so nothing should repeat; drop a repeat anyway.
    std::vector<EventRecord> fresh;
    for (const auto& event : page.events) {
        if (event.seq > m_lastSeq && (fresh.empty() || event.seq > fresh.back().seq))
            fresh.push_back(event);
    }
    if (fresh.empty())
        return;
    m_lastSeq = fresh.back().seq;
    m_events.insert(m_events.end(), fresh.begin(), fresh.end());
    while (m_events.size() > m_capacity)
        m_events.pop_front();
    emit recordsArrived(fresh);
}

} // namespace switchyard::models
