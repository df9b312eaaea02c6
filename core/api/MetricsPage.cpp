#include "api/MetricsPage.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {

Result<MetricsPage::Event> MetricsPage::Event::fromJson(const nlohmann::json& json)
{
    Event e;
    JsonReader reader(json);
    ApiFields::int64(reader, "t", e.t, false);
    reader.optional("version", e.version);
    reader.required("kind", e.kind);
    reader.optional("from", e.from);
    reader.optional("to", e.to);
    reader.optional("reason", e.reason);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return e;
}

nlohmann::json MetricsPage::Event::toJson() const
{
    return {{"t", t}, {"version", version}, {"kind", kind}, {"from", from}, {"to", to}, {"reason", reason}};
}

Result<MetricsPage> MetricsPage::fromJson(const nlohmann::json& json)
{
    MetricsPage page;
    JsonReader reader(json);
    reader.optional("interval_seconds", page.intervalSeconds);
    if (reader.has("versions")) {
        const auto& versions = reader.raw("versions");
        if (!versions.is_object())
            return Error::badRequest("InvalidType", "The field 'versions' must be an object.", "versions");
        for (const auto& [name, value] : versions.items()) {
            auto series = MetricsSeries::fromJson(value);
            if (!series)
                return series.error();
            page.versions.emplace(name, std::move(series).value());
        }
    }
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    if (json.contains("events")) {
        auto events = ApiFields::list<Event>(json, "events");
        if (!events)
            return events.error();
        page.events = std::move(events).value();
    }
    return page;
}

nlohmann::json MetricsPage::toJson() const
{
    auto versionsJson = nlohmann::json::object();
    for (const auto& [name, series] : versions)
        versionsJson[name] = series.toJson();
    auto json = ApiFields::listToJson(events, "events");
    json["interval_seconds"] = intervalSeconds;
    json["versions"] = versionsJson;
    return json;
}

} // namespace switchyard
