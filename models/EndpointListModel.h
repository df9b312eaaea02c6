#pragma once

#include <vector>

#include "KeyedTableModel.h"
#include "api/EndpointSummary.h"

namespace switchyard::models {

// The endpoints of one cluster, sorted by name, updated in place from GET /api/v1/endpoints.
class EndpointListModel final : public KeyedTableModel<EndpointSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointListModel)

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        AuthColumn,
        VersionsColumn,
        SplitColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        StateRole, // HealthState as int
    };

    explicit EndpointListModel(QObject* parent = nullptr);

    void setEndpoints(std::vector<EndpointSummary> endpoints);
    // "versiona 60 % · versionb 40 %", the default first.
    static QString splitText(const std::map<std::string, int>& traffic, const std::string& defaultVersion);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace switchyard::models
