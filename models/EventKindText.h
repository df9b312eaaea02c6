#pragma once

#include <string>

#include <QCoreApplication>
#include <QString>

namespace switchyard::models {

// An event's kind in words, from one table: the short name of a change the Monitor's "last change" shows
// (LastChanges) and the History view's sentence (widgets/history/EventDescription) for the kinds whose
// sentence needs nothing from the event's detail. The kinds whose sentence tells the detail (a split, the
// versions before and after, a scaling's reason) are EventDescription's own.
class EventKindText
{
    Q_DECLARE_TR_FUNCTIONS(EventKindText)

public:
    // "Split changed", "Version blue created"; the kind itself for one the table does not name.
    static QString what(const std::string& kind, const QString& version);
    // "alice created the version blue.", "An operator deleted the endpoint demo."; empty for a kind whose
    // sentence needs the event's detail, or one the table does not know.
    static QString sentence(const std::string& kind, const QString& who, const QString& endpoint,
                            const QString& version);
};

} // namespace switchyard::models
