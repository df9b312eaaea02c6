#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "Result.h"
#include "api/EventRecord.h"

namespace switchyard {

// One answer of the events long-poll: the events after the asked seq, and the `after` to ask next.
struct EventPage
{
    std::vector<EventRecord> events;
    std::int64_t next = 0;
    // The identity of the server's log (empty from a server that sends none): another one means the
    // server's data dir was replaced and seq started again at 1.
    std::string logId;

    static Result<EventPage> fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    bool operator==(const EventPage&) const = default;
};

} // namespace switchyard
