#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace switchyard::models {
class ClusterSession;
}

namespace switchyard::widgets {

class DashboardView;

// The monitoring dashboard bound to a ClusterSession: a tile per endpoint from the endpoint list (state,
// split), with every endpoint's replicas and utilization from the cluster-wide gauges, which the session
// polls once a second while the dashboard is on screen. When it is shown, the sparklines are filled from
// the server's history (one GET /api/v1/monitor?seconds=120 for the whole cluster).
class DashboardPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPane)

public:
    explicit DashboardPane(QWidget* parent = nullptr);

    void setSession(models::ClusterSession* session);
    DashboardView* view() const { return m_view; }

signals:
    void endpointActivated(const QString& endpoint);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void rebuildTiles();
    void onGaugesUpdated();
    void updateStale();
    void backfillFromHistory();

    QPointer<models::ClusterSession> m_session;
    DashboardView* m_view = nullptr;
    QLabel* m_stale = nullptr;
    bool m_backfilling = false;
};

} // namespace switchyard::widgets
