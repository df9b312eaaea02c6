#include "api/HealthState.h"

namespace switchyard {

std::string toString(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return "Healthy";
    case HealthState::Transitioning:
        return "Transitioning";
    case HealthState::Unhealthy:
        return "Unhealthy";
    case HealthState::Failed:
        return "Failed";
    case HealthState::Unknown:
        return "Unknown";
    }
    return "Unknown";
}

HealthState healthStateFromString(std::string_view text)
{
    if (text == "Healthy")
        return HealthState::Healthy;
    if (text == "Transitioning")
        return HealthState::Transitioning;
    if (text == "Unhealthy")
        return HealthState::Unhealthy;
    if (text == "Failed")
        return HealthState::Failed;
    return HealthState::Unknown;
}

HealthState worseOf(HealthState a, HealthState b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace switchyard
