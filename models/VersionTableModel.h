#pragma once

#include <map>
#include <optional>
#include <vector>

#include "KeyedTableModel.h"
#include "api/VersionInfo.h"

namespace switchyard::models {

// One row of the versions table: the version as the API answered it, and its latest utilization sample.
struct VersionRow
{
    VersionInfo info;
    std::optional<double> utilization;
    bool operator==(const VersionRow&) const = default;
};

// The versions of the focused endpoint, updated in place once a second.
class VersionTableModel final : public KeyedTableModel<VersionRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionTableModel)

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        RoleColumn,
        DefaultColumn,
        TrafficColumn,
        EffectiveColumn,
        ReplicasColumn,
        UtilizationColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        StateRole,
        ErrorRole,
        ControlRole, // bool: the control version (else a treatment)
        DefaultRole, // bool: the endpoint's default version
    };

    explicit VersionTableModel(QObject* parent = nullptr);

    void setVersions(std::vector<VersionInfo> versions);
    // Latest utilization per version (percent); versions not named keep no value.
    void setUtilization(const std::map<std::string, double>& utilization);
    void clear();
    const VersionInfo* find(const std::string& name) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::map<std::string, double> m_utilization;
};

} // namespace switchyard::models
