#include "ReplicaTableModel.h"

#include <QColor>
#include <QLocale>

namespace switchyard::models {

ReplicaTableModel::ReplicaTableModel(QObject* parent)
    : KeyedTableModel<ReplicaStatus>([](const ReplicaStatus& r) { return r.id; }, parent)
{}

void ReplicaTableModel::setReplicas(std::vector<ReplicaStatus> replicas)
{
    applyRows(std::move(replicas), [](const ReplicaStatus& a, const ReplicaStatus& b) { return a == b; });
}

void ReplicaTableModel::clear()
{
    applyRows({}, [](const ReplicaStatus&, const ReplicaStatus&) { return true; });
}

int ReplicaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicaTableModel::data(const QModelIndex& index, int role) const
{
    const auto* r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return QString::fromStdString(r->id);
        case AddressColumn:
            return QString::fromStdString(r->address);
        case StateColumn:
            return stateText(r->state);
        case InflightColumn:
            return QLocale().toString(r->inflight);
        case RestartsColumn:
            return QLocale().toString(r->restarts);
        case AgeColumn:
            return ageText(r->ageSeconds);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == AgeColumn && !r->startedAt.empty())
        return tr("Started at %1").arg(QString::fromStdString(r->startedAt));
    if (role == Qt::ForegroundRole && index.column() == StateColumn && r->state != "Ready")
        return QColor(0x8a, 0x5a, 0x00);
    if (role == Qt::TextAlignmentRole && index.column() >= InflightColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReplicaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Replica");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case InflightColumn:
        return tr("In flight");
    case RestartsColumn:
        return tr("Restarts");
    case AgeColumn:
        return tr("Age");
    default:
        return {};
    }
}

QString ReplicaTableModel::stateText(const std::string& state)
{
    if (state == "Starting")
        return tr("Starting");
    if (state == "Ready")
        return tr("Ready");
    if (state == "Draining")
        return tr("Draining");
    if (state == "Terminating")
        return tr("Terminating");
    return QString::fromStdString(state); // a newer server's state, as it says it
}

QString ReplicaTableModel::ageText(std::int64_t seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

} // namespace switchyard::models
