#include "DashboardPane.h"

#include <cmath>

#include <QLabel>
#include <QVBoxLayout>

#include "ClusterSession.h"
#include "DashboardFeed.h"
#include "EndpointListModel.h"
#include "StateText.h"
#include "dashboard/DashboardView.h"

namespace switchyard::widgets {

using models::ClusterSession;
using models::DashboardFeed;
using models::StateText;

static_assert(DashboardTile::kSparklineSamples == DashboardFeed::kSamples);

namespace {

// The tile's versions take their last second from the feed; its replicas are those of every version the
// cluster reported (a version the endpoint list has not shown yet counts too).
void fill(DashboardTile& tile, const DashboardFeed::Endpoint& endpoint)
{
    tile.desiredReplicas = tile.readyReplicas = 0;
    for (const auto& v : endpoint.versions) {
        tile.desiredReplicas += int(v.desiredReplicas);
        tile.readyReplicas += int(v.readyReplicas);
    }
    for (auto& v : tile.versions) {
        const auto* figures = endpoint.version(v.name);
        if (!figures)
            continue;
        v.utilization =
            std::isfinite(figures->utilization) ? std::optional<double>(figures->utilization) : std::nullopt;
        if (figures->targetUtilization > 0)
            v.targetUtilization = int(figures->targetUtilization);
    }
    tile.load = endpoint.load;
}

} // namespace

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

void DashboardPane::setFeed(DashboardFeed* feed)
{
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (feed)
        connect(feed, &DashboardFeed::updated, this, [this](const QString& cluster) {
            // Another cluster's answer changes nothing here.
            if (m_session && m_feed->endpoints(cluster) == m_feed->endpointsOf(m_session))
                onFeedUpdated();
        });
    rebuildTiles();
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
        connect(session, &ClusterSession::stateChanged, this, &DashboardPane::updateStale);
    }
    rebuildTiles();
    updateStale();
}

void DashboardPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // What the feed gathered while the pane was hidden, at once.
    onFeedUpdated();
}

void DashboardPane::rebuildTiles()
{
    std::vector<DashboardTile> tiles;
    if (m_session) {
        const auto* figures = m_feed ? m_feed->endpointsOf(m_session) : nullptr;
        for (const auto& e : m_session->endpoints()->rows()) {
            DashboardTile t;
            t.endpoint = QString::fromStdString(e.name);
            t.state = e.state;
            for (const auto& [name, share] : e.traffic)
                t.versions.push_back({name, share, std::nullopt, 70, name == e.defaultVersion});
            if (figures)
                if (const auto it = figures->find(e.name); it != figures->end())
                    fill(t, it->second);
            tiles.push_back(std::move(t));
        }
    }
    m_view->setTiles(std::move(tiles));
}

void DashboardPane::onFeedUpdated()
{
    if (!isVisible() || !m_session || !m_feed)
        return;
    const auto* figures = m_feed->endpointsOf(m_session);
    if (!figures)
        return;
    for (const auto& [endpoint, data] : *figures) {
        const auto* current = m_view->tile(QString::fromStdString(endpoint));
        if (!current)
            continue; // not listed yet: the next endpoint-list refresh adds its tile
        DashboardTile t = *current;
        fill(t, data);
        m_view->updateTile(t);
    }
}

} // namespace switchyard::widgets
