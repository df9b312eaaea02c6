#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace switchyard::models {
class ClusterSession;
class ReplicaTableModel;
} // namespace switchyard::models

namespace switchyard::widgets {

// A version's replicas (id, address, state, in flight, restarts, age): local processes of the server or
// Kubernetes pods. Asks the server every two seconds while it is on screen, never while hidden.
class ReplicasView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicasView)

public:
    static constexpr int kRefreshMs = 2000;

    explicit ReplicasView(QWidget* parent = nullptr);

    void setTarget(models::ClusterSession* session, const QString& endpoint, const QString& version);
    models::ReplicaTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString statusText() const;

public slots:
    void reload();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QPointer<models::ClusterSession> m_session;
    QString m_endpoint;
    QString m_version;
    models::ReplicaTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QTimer m_timer;
    bool m_inFlight = false;
    int m_generation = 0;
};

} // namespace switchyard::widgets
