#include "AlertLogModel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>

#include "AlertText.h"
#include "StateText.h"
#include "TimeText.h"

namespace switchyard::models {

AlertLogModel::AlertLogModel(QObject* parent) : QAbstractTableModel(parent) {}

QString AlertLogModel::timeText(const QDateTime& time)
{
    return TimeText::full(time);
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

void AlertLogModel::restore(const std::vector<AlertEpisode>& oldestFirst)
{
    const std::size_t room =
        static_cast<std::size_t>(kMaxEpisodes) - std::min(m_episodes.size(), std::size_t(kMaxEpisodes));
    const std::size_t count = std::min(room, oldestFirst.size());
    if (count == 0)
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(count) - 1);
    // The newest `count` of them, newest first, below the rows there are.
    for (auto it = oldestFirst.rbegin(); it != oldestFirst.rbegin() + static_cast<std::ptrdiff_t>(count);
         ++it)
        m_episodes.push_back(*it);
    endInsertRows();
}

std::vector<AlertEpisode> AlertLogModel::episodes() const
{
    return {m_episodes.rbegin(), m_episodes.rend()};
}

std::uint64_t AlertLogModel::lastId() const
{
    std::uint64_t id = 0;
    for (const auto& e : m_episodes)
        id = std::max(id, e.id);
    return id;
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
        if (index.column() == EndedColumn && e.endedWithConsole)
            return tr("The alert was still firing when the console closed (last seen at %1); whether its "
                      "condition went on after that is not known.")
                .arg(timeText(e.ended));
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
        if (e.isFiring())
            return tr("firing");
        return e.endedWithConsole ? tr("%1, console closed").arg(timeText(e.ended)) : timeText(e.ended);
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
