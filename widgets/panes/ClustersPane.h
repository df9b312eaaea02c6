#pragma once

#include <QWidget>

class QTreeView;

namespace switchyard::models {
class ClusterListModel;
class ClusterSession;
} // namespace switchyard::models

namespace switchyard::widgets {

class ClusterDetailsView;
class EmptyStateStack;

// The attached clusters, each with its connection state, purpose, backend and allocation.
class ClustersPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClustersPane)

public:
    explicit ClustersPane(models::ClusterListModel* clusters, QWidget* parent = nullptr);

    models::ClusterSession* currentSession() const;
    void selectRow(int row);

signals:
    void currentSessionChanged(models::ClusterSession* session);
    void attachRequested();
    void startLocalRequested();

private:
    void updateEmptyState();
    void updateDetails();

    models::ClusterListModel* m_clusters = nullptr;
    QTreeView* m_view = nullptr;
    EmptyStateStack* m_stack = nullptr;
    ClusterDetailsView* m_details = nullptr;
};

} // namespace switchyard::widgets
