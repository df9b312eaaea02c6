#include "AlertLogModel.h"

#include "StateText.h"

#include <QBrush>
#include <QColor>

#include "AlertText.h"

namespace switchyard::models {

AlertLogModel::AlertLogModel(QObject* parent) : QAbstractTableModel(parent) {}

QString AlertLogModel::timeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

void AlertLogModel::record(const AlertEpisode& episode)
{
    for (std::size_t i = 0; i < m_episodes.size(); ++i) {
        if (m_episodes[i].id != episode.id)
            continue;
        m_episodes[i] = episode;
        const int row = static_cast<int>(i);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_episodes.push_front(episode);
    endInsertRows();
    if (m_episodes.size() > static_cast<std::size_t>(kMaxEpisodes)) {
        beginRemoveRows({}, kMaxEpisodes, static_cast<int>(m_episodes.size()) - 1);
        m_episodes.resize(kMaxEpisodes);
        endRemoveRows();
    }
}

int AlertLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_episodes.size());
}

int AlertLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlertEpisode& e = m_episodes[static_cast<std::size_t>(index.row())];
    switch (role) {
    case FiringRole:
        return e.isFiring();
    case EpisodeIdRole:
        return QVariant::fromValue<qulonglong>(e.id);
    case KindRole:
        return static_cast<int>(e.kind);
    case Qt::ForegroundRole:
        if (e.isFiring() && index.column() == EndedColumn)
            return QBrush(StateText::errorColor());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StartedColumn)
            return tr("The condition began at %1; the alert fired at %2.")
                .arg(timeText(e.started), timeText(e.fired));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StartedColumn:
        return timeText(e.started);
    case EndedColumn:
        return e.isFiring() ? tr("firing") : timeText(e.ended);
    case ClusterColumn:
        return e.clusterName;
    case EndpointColumn:
        return e.endpoint;
    case VersionColumn:
        return e.version;
    case KindColumn:
        return AlertText::kindName(e.kind);
    case RuleColumn:
        return AlertText::rule(e.kind, e.rule);
    case ValueColumn:
        return AlertText::value(e.kind, e.value, e.detail);
    case PeakColumn:
        return AlertRule::hasThreshold(e.kind) || e.kind == AlertKind::ReplicasAtMaximum
                   ? AlertText::value(e.kind, e.peak, e.detail)
                   : QString();
    default:
        return {};
    }
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case EndedColumn:
        return tr("Ended");
    case ClusterColumn:
        return tr("Cluster");
    case EndpointColumn:
        return tr("Endpoint");
    case VersionColumn:
        return tr("Version");
    case KindColumn:
        return tr("Alert");
    case RuleColumn:
        return tr("Rule");
    case ValueColumn:
        return tr("Measured");
    case PeakColumn:
        return tr("Worst");
    default:
        return {};
    }
}

} // namespace switchyard::models
