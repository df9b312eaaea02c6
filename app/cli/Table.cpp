#include "Table.h"

#include <cstdio>

#include <algorithm>

namespace switchyard::cli {

void Table::print(std::ostream& out) const
{
    std::vector<std::size_t> widths(m_header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    };
    measure(m_header);
    for (const auto& row : m_rows)
        measure(row);
    auto line = [&](const std::vector<std::string>& row) {
        std::string text;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string cell = i < row.size() ? row[i] : std::string();
            text += cell;
            if (i + 1 < widths.size())
                text += std::string(widths[i] - cell.size() + 2, ' ');
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out << text << '\n';
    };
    line(m_header);
    for (const auto& row : m_rows)
        line(row);
}

void Table::printPairs(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& pairs)
{
    std::size_t width = 0;
    for (const auto& [k, v] : pairs)
        width = std::max(width, k.size());
    for (const auto& [k, v] : pairs)
        out << k << ':' << std::string(width - k.size() + 1, ' ') << v << '\n';
}

std::string Table::number(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

} // namespace switchyard::cli
