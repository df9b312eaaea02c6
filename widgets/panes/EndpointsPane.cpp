#include "EndpointsPane.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "ClusterSession.h"
#include "EndpointListModel.h"
#include "RoleGate.h"
#include "common/EmptyStateStack.h"
#include "common/DecorationDelegate.h"
#include "common/Icons.h"

namespace switchyard::widgets {

using models::EndpointListModel;

EndpointsPane::EndpointsPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("endpointsPane"));
    auto* title = new QLabel(tr("<b>Endpoints</b>"), this);
    m_create = new QPushButton(tr("Create…"), this);
    m_create->setObjectName(QStringLiteral("createEndpointButton"));
    m_create->setToolTip(tr("Create an endpoint with its first version."));
    connect(m_create, &QPushButton::clicked, this, &EndpointsPane::createEndpointRequested);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteEndpointButton"));
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentEndpoint().isEmpty())
            emit deleteEndpointRequested(currentEndpoint());
    });

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("endpointFilter"));
    m_filter->setPlaceholderText(tr("Filter endpoints"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(EndpointListModel::NameColumn);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &EndpointsPane::updateEmptyState);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("endpointsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_proxy);
    m_view->header()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(EndpointListModel::StateColumn,
                                     new DecorationDelegate(
                                         [](const QModelIndex& index) {
                                             return Icons::state(static_cast<HealthState>(
                                                 index.data(EndpointListModel::StateRole).toInt()));
                                         },
                                         m_view));
    Icons::set(m_create, Icons::Action::Create);
    m_stack = new EmptyStateStack(m_view, QStringLiteral("endpoints"), this);
    connect(m_stack->actionButton(), &QPushButton::clicked, this, &EndpointsPane::createEndpointRequested);

    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_create);
    header->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EndpointsPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        // Fit the short columns to the first rows (the header text, in any language, included).
        if (first == 0) {
            for (int column = EndpointListModel::StateColumn; column < EndpointListModel::SplitColumn;
                 ++column)
                m_view->resizeColumnToContents(column);
        }
        if (!m_pendingSelection.isEmpty() && selectEndpoint(m_pendingSelection))
            m_pendingSelection.clear();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EndpointsPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EndpointsPane::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentEndpointChanged(currentEndpoint());
    });
    setSession(nullptr);
}

void EndpointsPane::setSession(models::ClusterSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_pendingSelection.clear();
    m_proxy->setSourceModel(session ? session->endpoints() : nullptr);
    if (session) {
        connect(session, &models::ClusterSession::stateChanged, this, &EndpointsPane::updateEmptyState);
        connect(session, &models::ClusterSession::identityChanged, this, &EndpointsPane::updateButtons);
        m_view->setColumnWidth(EndpointListModel::NameColumn, 110);
        for (int column = EndpointListModel::StateColumn; column < EndpointListModel::SplitColumn; ++column)
            m_view->resizeColumnToContents(column);
    }
    updateEmptyState();
    updateButtons();
    emit currentEndpointChanged(currentEndpoint());
}

QString EndpointsPane::currentEndpoint() const
{
    const auto current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(EndpointListModel::NameRole).toString() : QString();
}

bool EndpointsPane::selectEndpoint(const QString& name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const auto index = m_proxy->index(row, 0);
        if (index.data(EndpointListModel::NameRole).toString() == name) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void EndpointsPane::selectWhenListed(const QString& name)
{
    m_pendingSelection = selectEndpoint(name) ? QString() : name;
}

void EndpointsPane::updateButtons()
{
    const bool connected = m_session && m_session->state() == models::ClusterSession::State::Connected;
    // Endpoints are the admin's: other roles see the buttons disabled, saying which role they need.
    const QString refusal = m_session ? models::RoleGate::refusal(m_session->identity(), "admin") : QString();
    m_create->setEnabled(connected && refusal.isEmpty());
    m_delete->setEnabled(connected && !currentEndpoint().isEmpty() && refusal.isEmpty());
    m_create->setToolTip(refusal.isEmpty() ? tr("Create an endpoint with its first version.") : refusal);
    m_delete->setToolTip(refusal);
}

void EndpointsPane::updateEmptyState()
{
    updateButtons();
    if (!m_session) {
        m_stack->setEmptyText(tr("Select a cluster to see its endpoints."));
        m_stack->setAction({});
        m_stack->setEmpty(true);
        return;
    }
    if (m_session->state() != models::ClusterSession::State::Connected &&
        m_session->endpoints()->rowCount() == 0) {
        m_stack->setEmptyText(tr("Waiting for the cluster (%1).").arg(m_session->stateText()));
        m_stack->setAction({});
        m_stack->setEmpty(true);
        return;
    }
    if (m_proxy->rowCount() == 0) {
        if (!m_filter->text().isEmpty()) {
            m_stack->setEmptyText(tr("No endpoint matches \"%1\".").arg(m_filter->text()));
            m_stack->setAction({});
        } else {
            m_stack->setEmptyText(
                tr("This cluster has no endpoints yet.\nCreate one to serve a registered model."));
            m_stack->setAction(tr("Create endpoint…"));
        }
        m_stack->setEmpty(true);
        return;
    }
    m_stack->setEmpty(false);
}

bool EndpointsPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if ((key != Qt::Key_Down && key != Qt::Key_Return && key != Qt::Key_Enter) || m_proxy->rowCount() == 0)
        return QWidget::eventFilter(watched, event);
    m_view->setFocus(Qt::TabFocusReason);
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() != 0)
        m_view->setCurrentIndex(m_proxy->index(0, EndpointListModel::NameColumn));
    return true;
}

} // namespace switchyard::widgets
