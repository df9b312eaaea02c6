#pragma once

#include <string>
#include <string_view>

namespace switchyard {

// A version's (and, as the worst of its versions, an endpoint's) state. Unknown is what a client reads
// when a newer server names a state this build does not know.
enum class HealthState
{
    Healthy,
    Transitioning,
    Unhealthy,
    Failed,
    Unknown,
};

std::string toString(HealthState state);
HealthState healthStateFromString(std::string_view text);
// The endpoint's state: the worse of the two (Healthy < Transitioning < Unhealthy < Failed).
HealthState worseOf(HealthState a, HealthState b);

} // namespace switchyard
