#pragma once

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace switchyard::models {

// The monitor as the view shows it: sorted by value (MonitorModel::SortRole), filtered by text (a cluster,
// endpoint or version name containing it, case aside) and optionally to the problem rows. An endpoint
// that matches shows all its versions; a version that matches shows under its endpoint.
class MonitorFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorFilterModel)

public:
    explicit MonitorFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }
    void setSourceModel(QAbstractItemModel* model) override;
    // Sorts and filters again for the figures now in the model (after each snapshot of a MonitorModel).
    void refresh();
    // After a snapshot: at once (0, the default), or at most once per `ms` for all clusters together and
    // in an event-loop turn of its own, so that four clusters answering within a second cost one sort,
    // not four, and the sort does not add to the time a snapshot holds the GUI thread.
    void setRefreshInterval(int ms);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void onSnapshotApplied();

    QString m_text;
    int m_refreshInterval = 0;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    bool m_onlyProblems = false;
};

} // namespace switchyard::models
