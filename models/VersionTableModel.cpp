#include "VersionTableModel.h"

#include "StateText.h"
#include <QLocale>

namespace switchyard::models {

VersionTableModel::VersionTableModel(QObject* parent)
    : KeyedTableModel<VersionRow>([](const VersionRow& r) { return r.info.name(); }, parent)
{}

void VersionTableModel::setVersions(std::vector<VersionInfo> versions)
{
    std::vector<VersionRow> rows;
    rows.reserve(versions.size());
    for (auto& v : versions) {
        VersionRow row{std::move(v), std::nullopt};
        if (auto it = m_utilization.find(row.info.name()); it != m_utilization.end())
            row.utilization = it->second;
        rows.push_back(std::move(row));
    }
    applyRows(std::move(rows), [](const VersionRow& a, const VersionRow& b) { return a == b; });
}

void VersionTableModel::setUtilization(const std::map<std::string, double>& utilization)
{
    m_utilization = utilization;
    auto& rows = mutableRows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::optional<double> value;
        if (auto it = utilization.find(rows[i].info.name()); it != utilization.end())
            value = it->second;
        if (value != rows[i].utilization) {
            rows[i].utilization = value;
            const auto cell = index(static_cast<int>(i), UtilizationColumn);
            emit dataChanged(cell, cell);
        }
    }
}

void VersionTableModel::clear()
{
    m_utilization.clear();
    applyRows({}, [](const VersionRow& a, const VersionRow& b) { return a == b; });
}

const VersionInfo* VersionTableModel::find(const std::string& name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &rowAt(row)->info;
}

int VersionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionTableModel::data(const QModelIndex& index, int role) const
{
    const auto* row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const VersionInfo& v = row->info;
    if (role == NameRole)
        return QString::fromStdString(v.name());
    if (role == StateRole)
        return static_cast<int>(v.state);
    if (role == ControlRole)
        return v.spec.isControlVersionType;
    if (role == DefaultRole)
        return v.spec.isDefault;
    if (role == ErrorRole)
        return v.error ? QString::fromStdString(*v.error) : QString();
    // Stale rows keep their content, greyed, and the state says since when it may no longer hold.
    if (staleSince().isValid()) {
        if (role == Qt::ForegroundRole)
            return StateText::staleColor();
        if (role == Qt::ToolTipRole)
            return StateText::staleToolTip(staleSince());
        if (role == Qt::DisplayRole && index.column() == StateColumn)
            return StateText::staleState(StateText::health(v.state), staleSince());
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return StateText::healthColor(v.state);
    if (role == Qt::ToolTipRole && index.column() == StateColumn && v.error)
        return QString::fromStdString(*v.error);
    if (role == Qt::TextAlignmentRole && index.column() >= TrafficColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(v.name());
    case StateColumn:
        return StateText::health(v.state);
    case RoleColumn:
        return v.spec.isControlVersionType ? tr("Control") : tr("Treatment");
    case DefaultColumn:
        return v.spec.isDefault ? tr("Default") : QString();
    case TrafficColumn:
        return QStringLiteral("%1 %").arg(v.spec.trafficPercentile);
    case EffectiveColumn:
        return QStringLiteral("%1 %").arg(v.effectiveTraffic);
    case ReplicasColumn:
        return QStringLiteral("%1 / %2 / %3")
            .arg(v.replicas.desired)
            .arg(v.replicas.ready)
            .arg(v.replicas.busy);
    case UtilizationColumn:
        return row->utilization ? QStringLiteral("%1 %").arg(QLocale().toString(*row->utilization, 'f', 0))
                                : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ReplicasColumn)
        return tr("Desired / ready / busy replicas");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Version");
    case StateColumn:
        return tr("State");
    case RoleColumn:
        return tr("Role");
    case DefaultColumn:
        return tr("Default");
    case TrafficColumn:
        return tr("Traffic");
    case EffectiveColumn:
        return tr("Effective");
    case ReplicasColumn:
        return tr("Replicas d/r/b");
    case UtilizationColumn:
        return tr("Utilization");
    default:
        return {};
    }
}

} // namespace switchyard::models
