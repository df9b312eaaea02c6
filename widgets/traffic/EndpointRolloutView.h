#pragma once

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace switchyard::models {
class ClusterSession;
class MetricHistory;
} // namespace switchyard::models

namespace switchyard::widgets {

class ComparisonView;
class CredentialsView;
class EmptyStateStack;
class HistoryView;
class MetricChartsView;
class PromotePanel;
class TrafficEditor;

// The endpoint view: the focused endpoint's pages (traffic, promote and compare, charts, keys, history)
// one level deep, each one click on the view's own toolbar or one shortcut (Ctrl+1 … Ctrl+5, also in the
// main window's Endpoint menu); the owner adds its pages (the version, the dashboard) after them. Bound to
// a ClusterSession: the views' …Requested signals become the session's intents and the answers go back to
// the view that asked. The main window only has to place this widget and give it the session. With no
// endpoint selected, the endpoint's pages give way to a sentence saying what to do (select or create one).
class EndpointRolloutView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointRolloutView)

public:
    // The endpoint's own pages, in toolbar order; addPage() appends after them.
    enum Page
    {
        TrafficPage,
        PromotePage,
        ChartsPage,
        KeysPage,
        HistoryPage,
        EndpointPageCount
    };

    explicit EndpointRolloutView(QWidget* parent = nullptr);

    // A page of its own (not tied to the focused endpoint) with its toolbar button and shortcut.
    int addPage(QWidget* page, const QString& title, const QKeySequence& shortcut, const QString& toolTip);
    void setCurrentIndex(int page);
    int currentIndex() const;
    QWidget* currentWidget() const;
    void setCurrentWidget(QWidget* page);
    QWidget* page(int index) const;
    int count() const;
    // The toolbar's action that shows `page` (its shortcut is the page's).
    QAction* pageAction(int page) const { return m_actions.value(page); }
    const QList<QAction*>& pageActions() const { return m_actions; }
    QToolBar* toolBar() const { return m_bar; }

    void setSession(models::ClusterSession* session);
    TrafficEditor* traffic() const { return m_traffic; }
    PromotePanel* promote() const { return m_promote; }
    ComparisonView* comparison() const { return m_comparison; }
    HistoryView* history() const { return m_history; }
    MetricChartsView* charts() const { return m_charts; }
    CredentialsView* credentials() const { return m_credentials; }
    models::MetricHistory* metricHistory() const { return m_metrics; }
    // True while the endpoint's pages give way to the sentence saying what to do (no endpoint selected).
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

signals:
    // The empty state's button on a cluster without endpoints.
    void createEndpointRequested();

private:
    int addPageAction(QWidget* page, const QString& title, const QKeySequence& shortcut,
                      const QString& toolTip, const QString& name);
    void connectViews();
    void onFocusedEndpointChanged();
    void applyRole();
    void onMetricsUpdated();
    void updateEmptyState();

    QPointer<models::ClusterSession> m_session;
    QString m_endpoint;
    QLabel* m_title = nullptr;
    QToolBar* m_bar = nullptr;
    QActionGroup* m_group = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyStateStack* m_body = nullptr;
    QList<QAction*> m_actions;
    models::MetricHistory* m_metrics = nullptr;
    TrafficEditor* m_traffic = nullptr;
    PromotePanel* m_promote = nullptr;
    ComparisonView* m_comparison = nullptr;
    HistoryView* m_history = nullptr;
    MetricChartsView* m_charts = nullptr;
    CredentialsView* m_credentials = nullptr;
};

} // namespace switchyard::widgets
