#pragma once

#include <optional>

#include <QDateTime>
#include <QWidget>

#include "api/ClusterInfo.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace switchyard::widgets {

// What the clusters pane shows of the selected cluster: its name and URL, purpose, the engine that runs
// its replicas (with a warning while that engine is degraded), and its capacity against allocation. Fed
// values, not a session, so it renders the same for a live cluster and for a test.
class ClusterDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterDetailsView)

public:
    explicit ClusterDetailsView(QWidget* parent = nullptr);

    // `cluster` is empty until the cluster answered; `error` is the last connection error, if any, as a
    // sentence for the operator, and `errorDetail` the client's own words for it (shown on request).
    // A valid `staleSince` says the figures are the cluster's answer of then, not confirmed since.
    void showCluster(const QString& name, const QString& url, const std::optional<ClusterInfo>& cluster,
                     const QString& error, const QString& errorDetail = {}, const QDateTime& staleSince = {});
    void clear();
    // Who the console is attached as, and what that role may do; empty `name` hides the line.
    void showIdentity(const QString& name, const QString& role, bool bootstrap);

private:
    QLabel* m_summary = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_backend = nullptr;
    QLabel* m_warning = nullptr;
    QProgressBar* m_cpu = nullptr;
    QProgressBar* m_memory = nullptr;
    QLabel* m_error = nullptr;
    QToolButton* m_detailsButton = nullptr;
    QLabel* m_errorDetail = nullptr;
    QLabel* m_stale = nullptr;
};

} // namespace switchyard::widgets
