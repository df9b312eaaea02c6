#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace switchyard::models {
class ClusterSession;
}

namespace switchyard::widgets {

class EmptyStateStack;

// The endpoints of the selected cluster: state, auth mode, versions and the effective split, with a filter.
class EndpointsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsPane)

public:
    explicit EndpointsPane(QWidget* parent = nullptr);

    void setSession(models::ClusterSession* session);
    QString currentEndpoint() const;
    bool selectEndpoint(const QString& name);
    // Selects `name` now, or as soon as the list shows it (after a create, before the next poll).
    void selectWhenListed(const QString& name);

signals:
    void currentEndpointChanged(const QString& endpoint);
    void createEndpointRequested();
    void deleteEndpointRequested(const QString& endpoint);

protected:
    // Down or Return in the filter moves to the list, on its first match (the keyboard's way in).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateEmptyState();
    void updateButtons();

    QPointer<models::ClusterSession> m_session;
    QString m_pendingSelection;
    QLineEdit* m_filter = nullptr;
    QTreeView* m_view = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    EmptyStateStack* m_stack = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace switchyard::widgets
