#pragma once

#include <string>

namespace fakekube {

// Kubernetes resource quantities, as far as quotas need them: "100m", "2", "0.5", "512Mi", "2Gi", "1G".
class Quantity
{
public:
    // The value in base units (cores, bytes); 0 for text that is not a quantity.
    static double parse(const std::string& text);
    static std::string cpu(double cores);    // whole millicores: "1500m", or "2"
    static std::string memory(double bytes); // "512Mi", "2Gi", or bytes
};

} // namespace fakekube
