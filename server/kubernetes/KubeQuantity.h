#pragma once

#include <optional>
#include <string_view>

namespace switchyard {

// Kubernetes resource quantities ("4", "3800m", "16Gi", "16424004Ki", "1G", "1.5", "2e3") as the
// numbers Switchyard counts in: cores and GB (taken as GiB, as the rest of Switchyard counts them).
// Nothing for text that is not a quantity.
class KubeQuantity
{
public:
    static std::optional<double> cores(std::string_view quantity);
    static std::optional<double> gigabytes(std::string_view quantity);
    // The plain value: "3800m" -> 3.8, "16Gi" -> 17179869184.
    static std::optional<double> value(std::string_view quantity);
};

} // namespace switchyard
