#include "KubeQuantity.h"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace switchyard {

std::optional<double> KubeQuantity::value(std::string_view quantity)
{
    // <number><suffix>: binary (Ki … Ei), decimal (n u m "" k M G T P E) or an exponent (e3, E-2).
    static constexpr std::array<std::pair<std::string_view, double>, 14> suffixes{{
        {"Ki", 1024.0},
        {"Mi", 1048576.0},
        {"Gi", 1073741824.0},
        {"Ti", 1099511627776.0},
        {"Pi", 1125899906842624.0},
        {"Ei", 1152921504606846976.0},
        {"n", 1e-9},
        {"u", 1e-6},
        {"m", 1e-3},
        {"k", 1e3},
        {"M", 1e6},
        {"G", 1e9},
        {"T", 1e12},
        {"P", 1e15},
    }};
    if (quantity.empty() || quantity.size() > 64)
        return std::nullopt;
    double factor = 1.0;
    std::string_view number = quantity;
    for (const auto& [suffix, multiplier] : suffixes)
        if (quantity.size() > suffix.size() && quantity.ends_with(suffix)) {
            number = quantity.substr(0, quantity.size() - suffix.size());
            factor = multiplier;
            break;
        }
    if (factor == 1.0 && quantity.ends_with('E') && quantity.size() > 1 &&
        quantity.find_first_of("eE") == quantity.size() - 1) {
        number = quantity.substr(0, quantity.size() - 1);
        factor = 1e18;
    }
    if (!number.empty() && number.front() == '+')
        number.remove_prefix(1);
    double parsed = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), parsed);
    if (ec != std::errc() || end != number.data() + number.size() || !std::isfinite(parsed) || parsed < 0)
        return std::nullopt;
    const double result = parsed * factor;
    return std::isfinite(result) ? std::optional<double>(result) : std::nullopt;
}

std::optional<double> KubeQuantity::cores(std::string_view quantity)
{
    return value(quantity);
}

std::optional<double> KubeQuantity::gigabytes(std::string_view quantity)
{
    const auto bytes = value(quantity);
    if (!bytes)
        return std::nullopt;
    return *bytes / (1024.0 * 1024.0 * 1024.0);
}

} // namespace switchyard
