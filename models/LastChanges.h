#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "api/EventRecord.h"

namespace switchyard::models {

// Who made the last change to each endpoint of one cluster, and when, read from the cluster's change
// feed (the events its session already follows: no request of its own). A change is what a person did
// through the API (traffic, versions, keys, tokens, the endpoint's settings); the autoscaler's and the
// cluster's own events (scaling, health) are not changes.
class LastChanges
{
    Q_DECLARE_TR_FUNCTIONS(LastChanges)

public:
    struct Change
    {
        std::string kind;
        std::string version;
        QString who; // the operator's name; "an operator" for servers before named operators
        QDateTime when;
    };

    // Takes the events (oldest first); answers the endpoints whose last change is a new one.
    std::set<std::string> note(const std::vector<EventRecord>& events);
    void clear() { m_changes.clear(); }
    // Null when nothing the feed kept changed the endpoint.
    const Change* of(const std::string& endpoint) const;

    static bool isChange(const EventRecord& event);
    // "alice, 14:02:51": the Monitor's column.
    static QString brief(const Change& change);
    // "Split changed by alice, 14:02:51": the row's tooltip.
    static QString sentence(const Change& change);

private:
    std::map<std::string, Change> m_changes;
};

} // namespace switchyard::models
