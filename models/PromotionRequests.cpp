#include "PromotionRequests.h"

namespace switchyard::models {

TrafficRequest PromotionRequests::keepingSplit(const TrafficPlan& live)
{
    // PUT …/traffic zeroes every version it does not name, so "unchanged" means naming them all.
    TrafficRequest request;
    for (const auto& v : live.versions())
        request.traffic[v.name] = v.trafficPercentile;
    return request;
}

TrafficRequest PromotionRequests::promoteToControl(const TrafficPlan& live, const std::string& version,
                                                   Scope scope)
{
    TrafficRequest request;
    if (scope == Scope::ControlDefaultAndTraffic)
        request.traffic[version] = 100;
    else
        request = keepingSplit(live);
    request.controlVersion = std::optional<std::string>(version);
    if (scope != Scope::ControlOnly)
        request.defaultVersion = version;
    return request;
}

TrafficRequest PromotionRequests::setAsDefault(const TrafficPlan& live, const std::string& version)
{
    TrafficRequest request = keepingSplit(live);
    request.defaultVersion = version;
    return request;
}

TrafficRequest PromotionRequests::makeTreatment(const TrafficPlan& live)
{
    TrafficRequest request = keepingSplit(live);
    request.controlVersion = std::optional<std::string>();
    return request;
}

} // namespace switchyard::models
