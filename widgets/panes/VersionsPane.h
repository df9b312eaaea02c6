#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace switchyard::models {
class ClusterSession;
}

namespace switchyard::widgets {

class EmptyStateStack;

// The versions of the selected endpoint: name, state, control/treatment, default, traffic, effective
// traffic, replicas desired/ready/busy and utilization.
class VersionsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsPane)

public:
    explicit VersionsPane(QWidget* parent = nullptr);

    void setSession(models::ClusterSession* session);
    QString currentVersion() const;
    bool selectVersion(const QString& name);

signals:
    void currentVersionChanged(const QString& version);
    void createVersionRequested();
    void editVersionRequested(const QString& version);
    void deleteVersionRequested(const QString& version);

private:
    void updateEmptyState();
    void updateButtons();

    QPointer<models::ClusterSession> m_session;
    QLabel* m_title = nullptr;
    QTableView* m_view = nullptr;
    EmptyStateStack* m_stack = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace switchyard::widgets
