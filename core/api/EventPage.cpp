#include "api/EventPage.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {

Result<EventPage> EventPage::fromJson(const nlohmann::json& json)
{
    EventPage page;
    JsonReader reader(json);
    ApiFields::int64(reader, "next", page.next, true);
    reader.optional("log_id", page.logId);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    auto events = ApiFields::list<EventRecord>(json, "events");
    if (!events)
        return events.error();
    page.events = std::move(events).value();
    return page;
}

nlohmann::json EventPage::toJson() const
{
    auto json = ApiFields::listToJson(events, "events");
    json["next"] = next;
    if (!logId.empty())
        json["log_id"] = logId;
    return json;
}

} // namespace switchyard
