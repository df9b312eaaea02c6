#include "ClusterListModel.h"

#include "StateText.h"

#include <QColor>

#include "BackendText.h"
#include "ClusterSession.h"
#include <QLocale>

namespace switchyard::models {

ClusterListModel::ClusterListModel(QObject* parent) : QAbstractTableModel(parent) {}

int ClusterListModel::addSession(ClusterSession* session)
{
    const int row = static_cast<int>(m_sessions.size());
    beginInsertRows({}, row, row);
    session->setParent(this);
    m_sessions.push_back(session);
    endInsertRows();
    connect(session, &ClusterSession::stateChanged, this, &ClusterListModel::onSessionChanged);
    connect(session, &ClusterSession::clusterChanged, this, &ClusterListModel::onSessionChanged);
    return row;
}

void ClusterListModel::removeSession(int row)
{
    if (row < 0 || row >= static_cast<int>(m_sessions.size()))
        return;
    beginRemoveRows({}, row, row);
    ClusterSession* session = m_sessions[static_cast<std::size_t>(row)];
    m_sessions.erase(m_sessions.begin() + row);
    endRemoveRows();
    session->disconnect(this);
    session->deleteLater();
}

ClusterSession* ClusterListModel::sessionAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_sessions.size()) ? m_sessions[static_cast<std::size_t>(row)]
                                                                 : nullptr;
}

int ClusterListModel::rowOf(const ClusterSession* session) const
{
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i] == session)
            return static_cast<int>(i);
    }
    return -1;
}

void ClusterListModel::onSessionChanged()
{
    const int row = rowOf(qobject_cast<ClusterSession*>(sender()));
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ClusterListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int ClusterListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClusterListModel::capacityText(const ClusterSession& session)
{
    const auto& cluster = session.cluster();
    if (!cluster)
        return {};
    return tr("%1 of %2 cores · %3 of %4 GB")
        .arg(QLocale().toString(cluster->allocated.cpuCores, 'f', 1))
        .arg(QLocale().toString(cluster->capacity.cpuCores, 'f', 1))
        .arg(QLocale().toString(cluster->allocated.memoryGb, 'f', 1))
        .arg(QLocale().toString(cluster->capacity.memoryGb, 'f', 1));
}

QVariant ClusterListModel::data(const QModelIndex& index, int role) const
{
    const ClusterSession* s = sessionAt(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == SessionRole)
        return QVariant::fromValue(static_cast<QObject*>(const_cast<ClusterSession*>(s)));
    if (role == StateRole)
        return static_cast<int>(s->state());
    if (role == Qt::ToolTipRole) {
        QString tip = s->profile().url;
        if (!s->lastError().isEmpty())
            tip += QLatin1Char('\n') + s->lastError();
        // The client's own words (libcurl's sentence) for whoever needs to dig further.
        if (!s->lastErrorDetail().isEmpty())
            tip += QLatin1Char('\n') + tr("Details: %1").arg(s->lastErrorDetail());
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (s->state()) {
        case ClusterSession::State::Connected:
            return StateText::healthColor(HealthState::Healthy);
        case ClusterSession::State::Unreachable:
            return StateText::healthColor(HealthState::Failed);
        default:
            return StateText::healthColor(HealthState::Unhealthy);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto& cluster = s->cluster();
    switch (index.column()) {
    case NameColumn:
        return s->displayName();
    case StateColumn:
        if (s->state() != ClusterSession::State::Connected && !s->lastError().isEmpty())
            return tr("%1: %2").arg(s->stateText(), s->lastError());
        return s->stateText();
    case PurposeColumn:
        return cluster ? QString::fromStdString(cluster->purpose) : QString();
    case BackendColumn:
        return cluster ? BackendText::describe(*cluster) : QString();
    case CapacityColumn:
        return capacityText(*s);
    default:
        return {};
    }
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Cluster");
    case StateColumn:
        return tr("Connection");
    case PurposeColumn:
        return tr("Purpose");
    case BackendColumn:
        return tr("Backend");
    case CapacityColumn:
        return tr("Allocated");
    default:
        return {};
    }
}

} // namespace switchyard::models
