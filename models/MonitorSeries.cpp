#include "MonitorSeries.h"

#include <limits>

namespace switchyard::models {

void MonitorSeries::append(double value)
{
    // removeFirst moves the list's start (no shift) when nothing else shares it; a sparkline holding the
    // old samples makes this one copy of five minutes.
    if (size() >= kCapacity)
        m_values.remove(0, m_values.size() - static_cast<qsizetype>(kCapacity) + 1);
    m_values.append(value);
}

void MonitorSeries::assign(const std::vector<double>& values)
{
    m_values = lastOf(values);
}

QList<double> MonitorSeries::lastOf(const std::vector<double>& values)
{
    const std::size_t skip = values.size() > kCapacity ? values.size() - kCapacity : 0;
    return QList<double>(values.begin() + static_cast<std::ptrdiff_t>(skip), values.end());
}

double MonitorSeries::last() const
{
    return m_values.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : m_values.back();
}

double MonitorSeries::fromNewest(std::size_t i) const
{
    if (i >= size())
        return std::numeric_limits<double>::quiet_NaN();
    return m_values[static_cast<qsizetype>(size() - 1 - i)];
}

} // namespace switchyard::models
