#include "MonitorSeries.h"

#include <limits>

namespace switchyard::models {

void MonitorSeries::append(double value)
{
    m_values.push_back(value);
    while (m_values.size() > kCapacity)
        m_values.pop_front();
}

void MonitorSeries::assign(const std::vector<double>& values)
{
    const std::size_t skip = values.size() > kCapacity ? values.size() - kCapacity : 0;
    m_values.assign(values.begin() + static_cast<std::ptrdiff_t>(skip), values.end());
}

double MonitorSeries::last() const
{
    return m_values.empty() ? std::numeric_limits<double>::quiet_NaN() : m_values.back();
}

double MonitorSeries::fromNewest(std::size_t i) const
{
    if (i >= m_values.size())
        return std::numeric_limits<double>::quiet_NaN();
    return m_values[m_values.size() - 1 - i];
}

QList<double> MonitorSeries::toList() const
{
    return QList<double>(m_values.begin(), m_values.end());
}

} // namespace switchyard::models
