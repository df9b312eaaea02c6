#pragma once

#include <vector>

#include <QAbstractTableModel>

namespace switchyard::models {

class ClusterSession;

// The attached clusters with their connection state, purpose, backend and capacity against allocation.
// Owns the sessions; a session's change updates its row in place.
class ClusterListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListModel)

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        PurposeColumn,
        BackendColumn,
        CapacityColumn,
        ColumnCount
    };
    enum Role
    {
        SessionRole = Qt::UserRole + 1, // ClusterSession* as QObject*
        StateRole,                      // ClusterSession::State as int
    };

    explicit ClusterListModel(QObject* parent = nullptr);

    // Takes ownership; returns the new row.
    int addSession(ClusterSession* session);
    void removeSession(int row);
    ClusterSession* sessionAt(int row) const;
    int rowOf(const ClusterSession* session) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString capacityText(const ClusterSession& session);

private:
    void onSessionChanged();

    std::vector<ClusterSession*> m_sessions;
};

} // namespace switchyard::models
