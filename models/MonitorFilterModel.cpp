#include "MonitorFilterModel.h"

#include <algorithm>

#include "MonitorModel.h"

namespace switchyard::models {

MonitorFilterModel::MonitorFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MonitorModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    // Every figure of a cluster changes each second. Re-sorting on each of its hundreds of dataChanged
    // signals (the dynamic mode) moves rows one parent at a time and relays the view out for each; one
    // sort and one filter pass per snapshot (refresh()) does the same work once.
    setDynamicSortFilter(false);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MonitorFilterModel::refresh);
}

void MonitorFilterModel::setRefreshInterval(int ms)
{
    m_refreshInterval = std::max(0, ms);
}

void MonitorFilterModel::onSnapshotApplied()
{
    if (m_refreshInterval == 0) {
        refresh();
        return;
    }
    if (m_refreshTimer.isActive())
        return;
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : m_refreshInterval;
    m_refreshTimer.start(static_cast<int>(std::max<qint64>(0, m_refreshInterval - since)));
}

void MonitorFilterModel::setSourceModel(QAbstractItemModel* model)
{
    if (auto* old = qobject_cast<MonitorModel*>(sourceModel()))
        old->disconnect(this);
    QSortFilterProxyModel::setSourceModel(model);
    if (auto* monitor = qobject_cast<MonitorModel*>(model))
        connect(monitor, &MonitorModel::snapshotApplied, this, &MonitorFilterModel::onSnapshotApplied);
}

void MonitorFilterModel::refresh()
{
    m_refreshTimer.stop();
    m_sinceRefresh.start();
    // Problems come and go with the figures; a text filter only changes with the rows, which the proxy
    // filters as they are inserted.
    if (m_onlyProblems)
        invalidateRowsFilter();
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

void MonitorFilterModel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void MonitorFilterModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    m_onlyProblems = only;
    invalidateRowsFilter();
}

bool MonitorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyProblems && !row.data(MonitorModel::ProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int role : {int(MonitorModel::EndpointRole), int(MonitorModel::VersionRole)}) {
        if (role == MonitorModel::EndpointRole && sourceParent.isValid())
            continue; // a version row matches by its own name; its endpoint's name brings it anyway
        if (row.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    if (!sourceParent.isValid()) {
        const QModelIndex cluster =
            sourceModel()->index(sourceRow, MonitorModel::ClusterColumn, sourceParent);
        return cluster.data(MonitorModel::SortRole).toString().contains(m_text, Qt::CaseInsensitive);
    }
    return false;
}

} // namespace switchyard::models
