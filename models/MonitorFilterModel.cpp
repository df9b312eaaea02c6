#include "MonitorFilterModel.h"

#include "MonitorModel.h"

namespace switchyard::models {

MonitorFilterModel::MonitorFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MonitorModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    // Figures change every second: keep the order and the filter current without the view asking.
    setDynamicSortFilter(true);
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
