#pragma once

#include <vector>

#include <QString>

#include "KeyedTableModel.h"
#include "api/ReplicaStatus.h"

namespace switchyard::models {

// A version's replicas (local processes or Kubernetes pods) as GET …/versions/{v}/replicas lists them, by
// id: each poll's answer changes only the rows that differ.
class ReplicaTableModel final : public KeyedTableModel<ReplicaStatus>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicaTableModel)

public:
    enum Column
    {
        IdColumn,
        AddressColumn,
        StateColumn,
        InflightColumn,
        RestartsColumn,
        AgeColumn,
        ColumnCount
    };

    explicit ReplicaTableModel(QObject* parent = nullptr);

    void setReplicas(std::vector<ReplicaStatus> replicas);
    void clear();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Ready", "Starting" … in the user's language.
    static QString stateText(const std::string& state);
    // "42 s", "3 min 5 s", "2 h 10 min".
    static QString ageText(std::int64_t seconds);
};

} // namespace switchyard::models
