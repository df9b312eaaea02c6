#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace switchyard::cli {

// A plain text table for people: a header row and columns padded to their widest cell.
class Table
{
public:
    explicit Table(std::vector<std::string> header) : m_header(std::move(header)) {}
    void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    void print(std::ostream& out) const;

    // A number as a cell: as short as it can be without losing what people read (printf's %g).
    static std::string number(double v);

    // "name: value" lines, aligned.
    static void printPairs(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& pairs);

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace switchyard::cli
