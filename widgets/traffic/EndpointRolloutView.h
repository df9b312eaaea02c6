#pragma once

#include <QPointer>
#include <QTabWidget>

namespace switchyard::models {
class ClusterSession;
class MetricHistory;
} // namespace switchyard::models

namespace switchyard::widgets {

class ComparisonView;
class CredentialsView;
class HistoryView;
class MetricChartsView;
class PromotePanel;
class TrafficEditor;

// The focused endpoint's rollout tabs (traffic, promote and compare, history, charts, keys) bound to a
// ClusterSession: the views' …Requested signals become the session's intents and the answers go back to
// the view that asked. The main window only has to place this widget and give it the session.
class EndpointRolloutView final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointRolloutView)

public:
    explicit EndpointRolloutView(QWidget* parent = nullptr);

    void setSession(models::ClusterSession* session);
    TrafficEditor* traffic() const { return m_traffic; }
    PromotePanel* promote() const { return m_promote; }
    ComparisonView* comparison() const { return m_comparison; }
    HistoryView* history() const { return m_history; }
    MetricChartsView* charts() const { return m_charts; }
    CredentialsView* credentials() const { return m_credentials; }
    models::MetricHistory* metricHistory() const { return m_metrics; }

private:
    void connectViews();
    void onFocusedEndpointChanged();
    void applyRole();
    void onMetricsUpdated();

    QPointer<models::ClusterSession> m_session;
    QString m_endpoint;
    models::MetricHistory* m_metrics = nullptr;
    TrafficEditor* m_traffic = nullptr;
    PromotePanel* m_promote = nullptr;
    ComparisonView* m_comparison = nullptr;
    HistoryView* m_history = nullptr;
    MetricChartsView* m_charts = nullptr;
    CredentialsView* m_credentials = nullptr;
};

} // namespace switchyard::widgets
