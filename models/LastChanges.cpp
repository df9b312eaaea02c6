#include "LastChanges.h"

#include "EventKindText.h"
#include "TimeText.h"

namespace switchyard::models {
bool LastChanges::isChange(const EventRecord& event)
{
    if (event.endpoint.empty())
        return false;
    if (!event.causedBy.empty())
        return event.causedBy == "operator";
    // Servers before named operators say nothing of the cause; the kind tells the server's own events.
    return event.kind != "ScaledUp" && event.kind != "ScaledDown" && event.kind != "StateChanged";
}

std::set<std::string> LastChanges::note(const std::vector<EventRecord>& events)
{
    std::set<std::string> changed;
    for (const auto& e : events) {
        if (!isChange(e))
            continue;
        if (e.kind == "EndpointDeleted") {
            // A new endpoint of the same name starts with no history.
            if (m_changes.erase(e.endpoint) > 0)
                changed.insert(e.endpoint);
            continue;
        }
        m_changes[e.endpoint] = {e.kind, e.version,
                                 e.operatorName.empty() ? tr("an operator")
                                                        : QString::fromStdString(e.operatorName),
                                 TimeText::parse(e.time)};
        changed.insert(e.endpoint);
    }
    return changed;
}

const LastChanges::Change* LastChanges::of(const std::string& endpoint) const
{
    const auto it = m_changes.find(endpoint);
    return it == m_changes.end() ? nullptr : &it->second;
}

QString LastChanges::brief(const Change& change)
{
    return tr("%1, %2").arg(change.who, TimeText::moment(change.when));
}

QString LastChanges::sentence(const Change& change)
{
    return tr("%1 by %2, %3")
        .arg(EventKindText::what(change.kind, QString::fromStdString(change.version)), change.who,
             TimeText::moment(change.when));
}

} // namespace switchyard::models
