#include "DashboardTile.h"

#include <algorithm>

namespace switchyard::widgets {

std::optional<double> DashboardTile::loadNow() const
{
    std::optional<double> worst;
    for (const auto& v : versions)
        if (v.utilization && v.targetUtilization > 0)
            worst = std::max(worst.value_or(0.0), *v.utilization / v.targetUtilization);
    return worst;
}

} // namespace switchyard::widgets
