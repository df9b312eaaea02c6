#include "Quantity.h"

#include <cmath>
#include <cstdlib>
#include <utility>

namespace fakekube {

double Quantity::parse(const std::string& text)
{
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    if (end == text.c_str())
        return 0;
    const std::string suffix(end);
    static const std::pair<const char*, double> suffixes[] = {{"", 1},
                                                              {"m", 1e-3},
                                                              {"k", 1e3},
                                                              {"M", 1e6},
                                                              {"G", 1e9},
                                                              {"T", 1e12},
                                                              {"Ki", 1024.0},
                                                              {"Mi", 1024.0 * 1024},
                                                              {"Gi", 1024.0 * 1024 * 1024},
                                                              {"Ti", 1024.0 * 1024 * 1024 * 1024}};
    for (const auto& [name, factor] : suffixes) {
        if (suffix == name)
            return number * factor;
    }
    return 0;
}

std::string Quantity::cpu(double cores)
{
    const auto millis = static_cast<long long>(std::llround(cores * 1000));
    if (millis % 1000 == 0)
        return std::to_string(millis / 1000);
    return std::to_string(millis) + "m";
}

std::string Quantity::memory(double bytes)
{
    const auto whole = static_cast<long long>(std::llround(bytes));
    constexpr long long mi = 1024LL * 1024;
    if (whole != 0 && whole % (1024 * mi) == 0)
        return std::to_string(whole / (1024 * mi)) + "Gi";
    if (whole != 0 && whole % mi == 0)
        return std::to_string(whole / mi) + "Mi";
    return std::to_string(whole);
}

} // namespace fakekube
