#pragma once

#include <string>

#include "TrafficPlan.h"
#include "TrafficRequest.h"

namespace switchyard::models {

// The promote actions as single atomic PUT …/traffic requests built from the live plan, so that a
// promotion never goes through an intermediate state the router could see.
class PromotionRequests
{
public:
    enum class Scope
    {
        ControlOnly,              // the version becomes the control; split and default unchanged
        ControlAndDefault,        // … and the default (it gets the remainder)
        ControlDefaultAndTraffic, // … and all traffic
    };

    static TrafficRequest promoteToControl(const TrafficPlan& live, const std::string& version, Scope scope);
    static TrafficRequest setAsDefault(const TrafficPlan& live, const std::string& version);
    // The control becomes a treatment: the endpoint has no control afterwards.
    static TrafficRequest makeTreatment(const TrafficPlan& live);

private:
    static TrafficRequest keepingSplit(const TrafficPlan& live);
};

} // namespace switchyard::models
