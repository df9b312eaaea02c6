#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include <QAbstractTableModel>
#include <QDateTime>

namespace switchyard::models {

// A table whose rows are identified by a string key and kept sorted by it. applyRows() turns a fresh
// list (a poll's answer) into the smallest set of changes: removals, insertions, and dataChanged for the
// rows whose content differs, so views keep selection and scroll position and nothing is reset per poll.
template <class Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using KeyOf = std::function<std::string(const Row&)>;

    KeyedTableModel(KeyOf keyOf, QObject* parent) : QAbstractTableModel(parent), m_keyOf(std::move(keyOf)) {}

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    const Row* rowAt(int row) const
    {
        return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)]
                                                                 : nullptr;
    }
    int rowOf(const std::string& key) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (m_keyOf(m_rows[i]) == key)
                return static_cast<int>(i);
        }
        return -1;
    }
    const std::vector<Row>& rows() const { return m_rows; }
    // The rows as the cluster gave them at `since` and has not confirmed since (invalid: current). Every
    // cell changes look, so every row is reported changed.
    void setStaleSince(const QDateTime& since)
    {
        if (since == m_staleSince)
            return;
        m_staleSince = since;
        if (!m_rows.empty())
            emit this->dataChanged(this->index(0, 0), this->index(rowCount() - 1, this->columnCount() - 1));
    }
    const QDateTime& staleSince() const { return m_staleSince; }

protected:
    template <class Equal>
    void applyRows(std::vector<Row> rows, Equal equal)
    {
        std::sort(rows.begin(), rows.end(),
                  [this](const Row& a, const Row& b) { return m_keyOf(a) < m_keyOf(b); });
        // Removals first, from the end so indexes stay valid.
        for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
            const auto key = m_keyOf(m_rows[static_cast<std::size_t>(i)]);
            const bool kept =
                std::any_of(rows.begin(), rows.end(), [&](const Row& r) { return m_keyOf(r) == key; });
            if (!kept) {
                beginRemoveRows({}, i, i);
                m_rows.erase(m_rows.begin() + i);
                endRemoveRows();
            }
        }
        // Both lists are now sorted and the old keys are a subset of the new: walk them together.
        for (std::size_t j = 0; j < rows.size(); ++j) {
            const int row = static_cast<int>(j);
            if (j < m_rows.size() && m_keyOf(m_rows[j]) == m_keyOf(rows[j])) {
                if (!equal(m_rows[j], rows[j])) {
                    m_rows[j] = std::move(rows[j]);
                    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
            } else {
                beginInsertRows({}, row, row);
                m_rows.insert(m_rows.begin() + row, std::move(rows[j]));
                endInsertRows();
            }
        }
    }

    std::vector<Row>& mutableRows() { return m_rows; }

private:
    KeyOf m_keyOf;
    std::vector<Row> m_rows;
    QDateTime m_staleSince;
};

} // namespace switchyard::models
