#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "TrafficRequest.h"
#include "api/EventRecord.h"

namespace switchyard::widgets {

// An audit event in words: who changed what ("An operator moved traffic: versiona 60 → 20 %, …").
class EventDescription
{
    Q_DECLARE_TR_FUNCTIONS(EventDescription)

public:
    static QString describe(const EventRecord& event);
    // Who did it: the operator's name the server recorded; the autoscaler for scaling, the cluster for
    // state changes; "an operator" for changes recorded by servers from before named operators.
    static QString actor(const EventRecord& event);
    // For a TrafficChanged event: the request that brings back the split it set. The split is effective
    // (sums to 100), so naming it whole leaves no remainder and the default does not matter.
    static std::optional<TrafficRequest> restoreRequest(const EventRecord& event);

private:
    static QString splitText(const nlohmann::json& split);
};

} // namespace switchyard::widgets
