#include "DashboardPane.h"

#include <cmath>

#include <QLabel>
#include <QVBoxLayout>

#include "ClusterSession.h"
#include "EndpointListModel.h"
#include "StateText.h"
#include "dashboard/DashboardView.h"

namespace switchyard::widgets {

using models::ClusterSession;
using models::StateText;

DashboardPane::DashboardPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPane"));
    m_view = new DashboardView(this);
    connect(m_view, &DashboardView::endpointActivated, this, &DashboardPane::endpointActivated);
    // Above the tiles while the cluster does not answer: why, and how old the figures are.
    m_stale = new QLabel(this);
    m_stale->setObjectName(QStringLiteral("dashboardStale"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("QLabel { background: #eeeeee; color: #424242; border: 1px solid "
                                          "#9e9e9e; border-radius: 3px; padding: 4px; }"));
    m_stale->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stale);
    layout->addWidget(m_view);
}

void DashboardPane::updateStale()
{
    const QDateTime since = m_session ? m_session->staleSince() : QDateTime();
    m_view->setStaleSince(since);
    m_stale->setVisible(since.isValid());
    if (!since.isValid())
        return;
    m_stale->setText(
        tr("%1\nThe tiles show the figures %2.").arg(m_session->lastError(), StateText::asOf(since)));
    m_stale->setToolTip(m_session->lastErrorDetail());
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
        connect(session, &ClusterSession::clusterGaugesUpdated, this, &DashboardPane::onGaugesUpdated);
        connect(session, &ClusterSession::stateChanged, this, &DashboardPane::updateStale);
        session->setWatchingClusterGauges(isVisible());
    }
    rebuildTiles();
    updateStale();
    if (isVisible())
        backfillFromHistory();
}

void DashboardPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_session)
        m_session->setWatchingClusterGauges(true);
    backfillFromHistory();
}

void DashboardPane::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_session)
        m_session->setWatchingClusterGauges(false);
}

void DashboardPane::backfillFromHistory()
{
    if (!m_session || m_backfilling)
        return;
    m_backfilling = true;
    const QPointer<models::ClusterSession> asked = m_session;
    m_session->fetchMonitor(int(DashboardTile::kSparklineSamples), this,
                            [this, asked](const client::ApiResult<MonitorSnapshot>& result) {
                                m_backfilling = false;
                                if (!result || asked != m_session)
                                    return; // the live gauges fill the sparklines as before
                                for (const auto& endpoint : result.value().endpoints)
                                    m_view->backfillLoad(QString::fromStdString(endpoint.name),
                                                         DashboardTile::loadHistory(endpoint));
                            });
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

void DashboardPane::onGaugesUpdated()
{
    if (!m_session)
        return;
    for (const auto& [endpoint, versions] : m_session->clusterGauges().endpoints()) {
        const auto* current = m_view->tile(QString::fromStdString(endpoint));
        if (!current)
            continue; // not listed yet: the next endpoint-list refresh adds its tile
        DashboardTile t = *current;
        t.desiredReplicas = t.readyReplicas = 0;
        for (auto& v : t.versions) {
            const auto it = versions.find(v.name);
            if (it == versions.end())
                continue;
            const auto& g = it->second;
            t.desiredReplicas += int(g.replicas);
            t.readyReplicas += int(g.readyReplicas);
            v.utilization =
                std::isfinite(g.utilization) ? std::optional<double>(g.utilization) : std::nullopt;
            if (g.targetUtilization > 0)
                v.targetUtilization = int(g.targetUtilization);
        }
        m_view->updateTile(t, true);
    }
}

} // namespace switchyard::widgets
