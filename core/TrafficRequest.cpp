#include "TrafficRequest.h"

#include <nlohmann/json.hpp>

#include "JsonReader.h"

namespace switchyard {

Result<TrafficRequest> TrafficRequest::fromJson(const nlohmann::json& json)
{
    TrafficRequest request;
    JsonReader reader(json);
    nlohmann::json traffic;
    reader.required("traffic", traffic);
    std::string defaultVersion;
    if (reader.optional("default_version", defaultVersion))
        request.defaultVersion = defaultVersion;
    reader.nullable("control_version", request.controlVersion);
    if (auto status = reader.finish(); !status)
        return status.error();
    JsonReader shares(traffic, "traffic.");
    for (const auto& [name, value] : traffic.items()) {
        int percent = 0;
        shares.required(name, percent);
        request.traffic[name] = percent;
    }
    if (auto status = shares.finish(); !status)
        return status.error();
    return request;
}

nlohmann::json TrafficRequest::toJson() const
{
    nlohmann::json json{{"traffic", traffic}};
    if (defaultVersion)
        json["default_version"] = *defaultVersion;
    if (controlVersion)
        json["control_version"] =
            *controlVersion ? nlohmann::json(**controlVersion) : nlohmann::json(nullptr);
    return json;
}

} // namespace switchyard
