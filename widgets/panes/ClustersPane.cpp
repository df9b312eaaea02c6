#include "ClustersPane.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "common/EmptyStateStack.h"

namespace switchyard::widgets {

ClustersPane::ClustersPane(models::ClusterListModel* clusters, QWidget* parent)
    : QWidget(parent), m_clusters(clusters)
{
    setObjectName(QStringLiteral("clustersPane"));
    auto* title = new QLabel(tr("<b>Clusters</b>"), this);
    auto* attach = new QPushButton(tr("Attach…"), this);
    attach->setObjectName(QStringLiteral("attachClusterButton"));
    attach->setToolTip(tr("Attach a cluster by its URL and admin token."));
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
    m_stack = new EmptyStateStack(m_view, QStringLiteral("clusters"), this);
    m_stack->setEmptyText(tr("No cluster attached yet.\nAttach one by URL and admin token, or start a local "
                             "cluster with a demo endpoint on this computer."));
    m_stack->setAction(tr("Start local cluster"));
    connect(m_stack->actionButton(), &QPushButton::clicked, this, &ClustersPane::startLocalRequested);

    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(attach);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("clusterDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cpu = new QProgressBar(this);
    m_cpu->setObjectName(QStringLiteral("clusterCpu"));
    m_memory = new QProgressBar(this);
    m_memory->setObjectName(QStringLiteral("clusterMemory"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_cpu);
    layout->addWidget(m_memory);
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
    const models::ClusterSession* session = currentSession();
    const auto* cluster = session && session->cluster() ? &*session->cluster() : nullptr;
    m_cpu->setVisible(cluster);
    m_memory->setVisible(cluster);
    if (!session) {
        m_details->clear();
        return;
    }
    QString text = QStringLiteral("<b>%1</b><br>%2")
                       .arg(session->displayName().toHtmlEscaped(), session->profile().url.toHtmlEscaped());
    if (cluster) {
        text += QStringLiteral("<br>") + tr("Purpose: %1 · backend: %2 · server %3")
                                             .arg(QString::fromStdString(cluster->purpose),
                                                  QString::fromStdString(cluster->backend),
                                                  QString::fromStdString(cluster->serverVersion));
        auto fill = [](QProgressBar* bar, double used, double total, const QString& format) {
            bar->setRange(0, 1000);
            bar->setValue(total > 0 ? static_cast<int>(1000 * std::min(1.0, used / total)) : 0);
            bar->setFormat(format);
        };
        fill(m_cpu, cluster->allocated.cpuCores, cluster->capacity.cpuCores,
             tr("CPU %1 of %2 cores")
                 .arg(cluster->allocated.cpuCores, 0, 'f', 1)
                 .arg(cluster->capacity.cpuCores, 0, 'f', 1));
        fill(m_memory, cluster->allocated.memoryGb, cluster->capacity.memoryGb,
             tr("Memory %1 of %2 GB")
                 .arg(cluster->allocated.memoryGb, 0, 'f', 1)
                 .arg(cluster->capacity.memoryGb, 0, 'f', 1));
    }
    if (session->state() != models::ClusterSession::State::Connected && !session->lastError().isEmpty())
        text += QStringLiteral("<br><span style='color:#c62828'>") + session->lastError().toHtmlEscaped() +
                QStringLiteral("</span>");
    m_details->setText(text);
}

void ClustersPane::updateEmptyState()
{
    m_stack->setEmpty(m_clusters->rowCount() == 0);
}

} // namespace switchyard::widgets
