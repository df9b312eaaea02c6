#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include <QList>

namespace switchyard::models {

// The last samples of one figure, one a second, oldest first, at most kCapacity of them (five minutes:
// what the monitor asks the server for when it starts, so a sparkline starts full). NaN is "no sample".
// Kept in a QList so that the sparkline reads it without a copy (toList() shares it).
class MonitorSeries
{
public:
    static constexpr std::size_t kCapacity = 300;

    void append(double value);
    // Replaces the samples with the last kCapacity of `values` (the server's history).
    void assign(const std::vector<double>& values);
    // Replaces the samples with `values`, made by lastOf() (on the client's thread: PreparedMonitorSnapshot).
    void adopt(QList<double> values) { m_values = std::move(values); }
    // The last kCapacity of `values`, as assign() keeps them.
    static QList<double> lastOf(const std::vector<double>& values);
    std::size_t size() const { return static_cast<std::size_t>(m_values.size()); }
    bool empty() const { return m_values.isEmpty(); }
    double last() const;
    // Sample i counted from the newest (0 is the newest); NaN past the oldest.
    double fromNewest(std::size_t i) const;
    // The samples, shared (no copy).
    const QList<double>& toList() const { return m_values; }

private:
    QList<double> m_values;
};

} // namespace switchyard::models
