#include "VersionsPane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ClusterSession.h"
#include "RoleGate.h"
#include "VersionTableModel.h"
#include "common/EmptyStateStack.h"
#include "common/DecorationDelegate.h"
#include "common/Icons.h"

namespace switchyard::widgets {

using models::VersionTableModel;

VersionsPane::VersionsPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("versionsPane"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("versionsTitle"));
    m_create = new QPushButton(tr("New version…"), this);
    m_create->setObjectName(QStringLiteral("createVersionButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editVersionButton"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteVersionButton"));
    connect(m_create, &QPushButton::clicked, this, &VersionsPane::createVersionRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editVersionRequested(currentVersion()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteVersionRequested(currentVersion()); });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("versionsView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the next control; arrows move in it
    connect(m_view, &QTableView::doubleClicked, this,
            [this] { emit editVersionRequested(currentVersion()); });
    // The state, the role and the default mark as icons beside their words.
    using models::VersionTableModel;
    m_view->setItemDelegateForColumn(VersionTableModel::StateColumn,
                                     new DecorationDelegate(
                                         [](const QModelIndex& index) {
                                             return Icons::state(static_cast<HealthState>(
                                                 index.data(VersionTableModel::StateRole).toInt()));
                                         },
                                         m_view));
    m_view->setItemDelegateForColumn(VersionTableModel::RoleColumn,
                                     new DecorationDelegate(
                                         [](const QModelIndex& index) {
                                             return Icons::role(
                                                 index.data(VersionTableModel::ControlRole).toBool()
                                                     ? Icons::Role::Control
                                                     : Icons::Role::Treatment);
                                         },
                                         m_view));
    m_view->setItemDelegateForColumn(VersionTableModel::DefaultColumn,
                                     new DecorationDelegate(
                                         [](const QModelIndex& index) {
                                             return index.data(VersionTableModel::DefaultRole).toBool()
                                                        ? Icons::role(Icons::Role::Default)
                                                        : QIcon();
                                         },
                                         m_view));
    Icons::set(m_create, Icons::Action::Create);
    m_stack = new EmptyStateStack(m_view, QStringLiteral("versions"), this);
    connect(m_stack->actionButton(), &QPushButton::clicked, this, &VersionsPane::createVersionRequested);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_create);
    header->addWidget(m_edit);
    header->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    setSession(nullptr);
}

void VersionsPane::setSession(models::ClusterSession* session)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->versions()->disconnect(this);
    }
    m_session = session;
    m_view->setModel(session ? session->versions() : nullptr);
    if (session) {
        auto* model = session->versions();
        connect(model, &QAbstractItemModel::rowsInserted, this, &VersionsPane::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &VersionsPane::updateEmptyState);
        connect(session, &models::ClusterSession::focusedEndpointChanged, this,
                &VersionsPane::updateEmptyState);
        connect(session, &models::ClusterSession::stateChanged, this, &VersionsPane::updateButtons);
        connect(session, &models::ClusterSession::identityChanged, this, &VersionsPane::updateButtons);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
            updateButtons();
            emit currentVersionChanged(currentVersion());
        });
        // At most six rows: fitting the columns to their text (in any language) costs nothing.
        auto fit = [this] { m_view->resizeColumnsToContents(); };
        connect(model, &QAbstractItemModel::rowsInserted, this, fit);
        connect(model, &QAbstractItemModel::dataChanged, this, fit);
    }
    updateEmptyState();
}

QString VersionsPane::currentVersion() const
{
    if (!m_view->selectionModel())
        return {};
    const auto current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(VersionTableModel::NameRole).toString() : QString();
}

bool VersionsPane::selectVersion(const QString& name)
{
    if (!m_session)
        return false;
    const int row = m_session->versions()->rowOf(name.toStdString());
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

void VersionsPane::updateButtons()
{
    const bool connected = m_session && m_session->state() == models::ClusterSession::State::Connected;
    const bool endpoint = connected && m_session->focusedEndpoint().has_value();
    const bool version = endpoint && !currentVersion().isEmpty();
    // Versions are the operator's: a viewer sees the buttons disabled, saying which role they need.
    const QString refusal =
        m_session ? models::RoleGate::refusal(m_session->identity(), "operator") : QString();
    m_create->setEnabled(endpoint && refusal.isEmpty());
    m_edit->setEnabled(version && refusal.isEmpty());
    m_delete->setEnabled(version && refusal.isEmpty());
    for (QWidget* button :
         {static_cast<QWidget*>(m_create), static_cast<QWidget*>(m_edit), static_cast<QWidget*>(m_delete)})
        button->setToolTip(refusal);
}

void VersionsPane::updateEmptyState()
{
    const QString endpoint = m_session ? m_session->focusEndpoint() : QString();
    m_title->setText(endpoint.isEmpty() ? tr("<b>Versions</b>")
                                        : tr("<b>Versions of %1</b>").arg(endpoint.toHtmlEscaped()));
    updateButtons();
    if (endpoint.isEmpty()) {
        m_stack->setEmptyText(tr("Select an endpoint to see its versions."));
        m_stack->setAction({});
        m_stack->setEmpty(true);
    } else if (m_session->versions()->rowCount() == 0) {
        m_stack->setEmptyText(tr("Loading the versions of %1…").arg(endpoint));
        m_stack->setAction({});
        m_stack->setEmpty(true);
    } else {
        m_stack->setEmpty(false);
        if (currentVersion().isEmpty())
            m_view->selectRow(0);
    }
}

} // namespace switchyard::widgets
