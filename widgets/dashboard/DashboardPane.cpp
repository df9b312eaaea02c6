#include "DashboardPane.h"

#include <cmath>

#include <QVBoxLayout>

#include "ClusterSession.h"
#include "EndpointListModel.h"
#include "dashboard/DashboardView.h"

namespace switchyard::widgets {

using models::ClusterSession;

DashboardPane::DashboardPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPane"));
    m_view = new DashboardView(this);
    connect(m_view, &DashboardView::endpointActivated, this, &DashboardPane::endpointActivated);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void DashboardPane::setSession(ClusterSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->endpoints(), nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        auto* model = session->endpoints();
        connect(model, &QAbstractItemModel::rowsInserted, this, &DashboardPane::rebuildTiles);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DashboardPane::rebuildTiles);
        connect(model, &QAbstractItemModel::modelReset, this, &DashboardPane::rebuildTiles);
        connect(model, &QAbstractItemModel::dataChanged, this, &DashboardPane::rebuildTiles);
        connect(session, &ClusterSession::metricsUpdated, this, &DashboardPane::onMetricsUpdated);
    }
    rebuildTiles();
}

void DashboardPane::rebuildTiles()
{
    std::vector<DashboardTile> tiles;
    if (m_session) {
        for (const auto& e : m_session->endpoints()->rows()) {
            DashboardTile t;
            t.endpoint = QString::fromStdString(e.name);
            t.state = e.state;
            for (const auto& [name, share] : e.traffic)
                t.versions.push_back({name, share, std::nullopt, 70, name == e.defaultVersion});
            if (const auto* old = m_view->tile(t.endpoint)) {
                t.desiredReplicas = old->desiredReplicas;
                t.readyReplicas = old->readyReplicas;
                for (auto& v : t.versions)
                    for (const auto& o : old->versions)
                        if (o.name == v.name)
                            v.utilization = o.utilization, v.targetUtilization = o.targetUtilization;
            }
            tiles.push_back(std::move(t));
        }
    }
    m_view->setTiles(std::move(tiles));
}

void DashboardPane::onMetricsUpdated()
{
    if (!m_session || !m_session->focusedEndpoint() || !m_session->focusedMetrics())
        return;
    const auto& info = *m_session->focusedEndpoint();
    const auto* current = m_view->tile(QString::fromStdString(info.name));
    if (!current)
        return;
    DashboardTile t = *current;
    t.state = info.state;
    t.desiredReplicas = t.readyReplicas = 0;
    t.versions.clear();
    for (const auto& v : info.versions) {
        t.desiredReplicas += v.replicas.desired;
        t.readyReplicas += v.replicas.ready;
        DashboardTile::Version tv{v.name(), v.effectiveTraffic, std::nullopt,
                                  v.spec.autoscaleTargetUtilization, v.spec.isDefault};
        const auto& series = m_session->focusedMetrics()->versions;
        const auto it = series.find(v.name());
        if (it != series.end() && !it->second.utilization.empty() &&
            std::isfinite(it->second.utilization.back()))
            tv.utilization = it->second.utilization.back();
        t.versions.push_back(tv);
    }
    m_view->updateTile(t, true);
}

} // namespace switchyard::widgets
