#include "ClustersPane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "ClusterDetailsView.h"
#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "RoleGate.h"
#include "common/EmptyStateStack.h"
#include "common/DecorationDelegate.h"
#include "common/Icons.h"

namespace switchyard::widgets {

ClustersPane::ClustersPane(models::ClusterListModel* clusters, QWidget* parent)
    : QWidget(parent), m_clusters(clusters)
{
    setObjectName(QStringLiteral("clustersPane"));
    auto* title = new QLabel(tr("<b>Clusters</b>"), this);
    auto* attach = new QPushButton(tr("Attach…"), this);
    attach->setObjectName(QStringLiteral("attachClusterButton"));
    attach->setToolTip(tr("Attach a cluster by its URL and admin token or operator credential."));
    connect(attach, &QPushButton::clicked, this, &ClustersPane::attachRequested);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("clustersView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(clusters);
    m_view->header()->setStretchLastSection(true);
    // Purpose, backend and capacity of the selected cluster show below the list, where they have room.
    for (int column = models::ClusterListModel::PurposeColumn; column < models::ClusterListModel::ColumnCount;
         ++column)
        m_view->setColumnHidden(column, true);
    m_view->setColumnWidth(0, 100);
    // The connection's state in the icons of the health states: connected is Healthy, unreachable Failed.
    m_view->setItemDelegateForColumn(
        models::ClusterListModel::StateColumn,
        new DecorationDelegate(
            [](const QModelIndex& index) {
                using State = models::ClusterSession::State;
                switch (static_cast<State>(index.data(models::ClusterListModel::StateRole).toInt())) {
                case State::Connected:
                    return Icons::state(HealthState::Healthy);
                case State::Unreachable:
                    return Icons::state(HealthState::Failed);
                case State::NotResponding:
                    return Icons::state(HealthState::Unhealthy);
                default:
                    return Icons::state(HealthState::Transitioning);
                }
            },
            m_view));
    Icons::set(attach, Icons::Action::Attach);
    m_stack = new EmptyStateStack(m_view, QStringLiteral("clusters"), this);
    m_stack->setEmptyText(tr("No cluster attached yet.\nAttach one by URL and admin token, or start a local "
                             "cluster with a demo endpoint on this computer."));
    m_stack->setAction(tr("Start local cluster"));
    connect(m_stack->actionButton(), &QPushButton::clicked, this, &ClustersPane::startLocalRequested);

    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(attach);
    m_details = new ClusterDetailsView(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);
    connect(clusters, &QAbstractItemModel::dataChanged, this, &ClustersPane::updateDetails);
    connect(this, &ClustersPane::currentSessionChanged, this, &ClustersPane::updateDetails);
    updateDetails();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentSessionChanged(currentSession()); });
    connect(clusters, &QAbstractItemModel::rowsInserted, this, &ClustersPane::updateEmptyState);
    connect(clusters, &QAbstractItemModel::rowsRemoved, this, &ClustersPane::updateEmptyState);
    updateEmptyState();
}

models::ClusterSession* ClustersPane::currentSession() const
{
    const auto current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_clusters->sessionAt(current.row()) : nullptr;
}

void ClustersPane::selectRow(int row)
{
    m_view->setCurrentIndex(m_clusters->index(row, 0));
}

void ClustersPane::updateDetails()
{
    models::ClusterSession* session = currentSession();
    if (!session) {
        m_details->clear();
        return;
    }
    connect(session, &models::ClusterSession::identityChanged, this, &ClustersPane::updateDetails,
            Qt::UniqueConnection);
    const bool showError = session->state() != models::ClusterSession::State::Connected;
    m_details->showCluster(session->displayName(), session->profile().url, session->cluster(),
                           showError ? session->lastError() : QString(),
                           showError ? session->lastErrorDetail() : QString(), session->staleSince());
    if (const auto& who = session->identity())
        m_details->showIdentity(QString::fromStdString(who->name), models::RoleGate::roleText(who->role),
                                who->bootstrap);
    else
        m_details->showIdentity({}, {}, false);
}

void ClustersPane::updateEmptyState()
{
    m_stack->setEmpty(m_clusters->rowCount() == 0);
}

} // namespace switchyard::widgets
