#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace switchyard::models {
class ClusterSession;
class DashboardFeed;
} // namespace switchyard::models

namespace switchyard::widgets {

class DashboardView;

// The monitoring dashboard bound to a ClusterSession: a tile per endpoint from the endpoint list (state,
// split), with every endpoint's replicas, utilization and load sparkline from the DashboardFeed, which
// takes them from the Monitor's poller (one GET /api/v1/monitor per cluster per second, on screen or not).
// The pane makes no request of its own: shown, it paints what the feed holds at once (sparklines full, no
// gap for the time it was hidden); hidden, it leaves the feed's updates alone.
class DashboardPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPane)

public:
    explicit DashboardPane(QWidget* parent = nullptr);

    // The feed outlives the pane (the main window owns both).
    void setFeed(models::DashboardFeed* feed);
    void setSession(models::ClusterSession* session);
    DashboardView* view() const { return m_view; }

signals:
    void endpointActivated(const QString& endpoint);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildTiles();
    // Every tile takes the feed's figures for its endpoint (nothing while hidden: shown, it starts here).
    void onFeedUpdated();
    void updateStale();

    QPointer<models::ClusterSession> m_session;
    QPointer<models::DashboardFeed> m_feed;
    DashboardView* m_view = nullptr;
    QLabel* m_stale = nullptr;
};

} // namespace switchyard::widgets
