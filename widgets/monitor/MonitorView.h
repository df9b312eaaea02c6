#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace switchyard::models {
class MonitorFilterModel;
class MonitorModel;
} // namespace switchyard::models

namespace switchyard::widgets {

class EmptyStateStack;

// The Monitor: every endpoint of every attached cluster with its live figures in a tree (endpoints,
// expandable to their versions), sorted by clicking a header, filtered by text and to the problems.
// Double-click or Enter on a row asks to open that endpoint in the main view.
class MonitorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorView)

public:
    explicit MonitorView(models::MonitorModel* model, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    models::MonitorFilterModel* filter() const { return m_filter; }
    // Clusters whose server has no Monitor route (it answered 404): said in a sentence, not left empty.
    void setClustersWithoutMonitor(const QStringList& names);
    QString routeMissingText() const;

signals:
    // `cluster` is the model's key of the cluster (MonitorModel::ClusterKeyRole).
    void endpointActivated(const QString& cluster, const QString& endpoint);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onRowActivated(const QModelIndex& index);
    void updateEmptyState();

    models::MonitorModel* m_model = nullptr;
    models::MonitorFilterModel* m_filter = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_onlyProblems = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_routeMissing = nullptr;
    QStringList m_withoutMonitor;
    QTreeView* m_tree = nullptr;
    EmptyStateStack* m_stack = nullptr;
};

} // namespace switchyard::widgets
