#include "MonitorView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include "MonitorFilterModel.h"
#include "MonitorModel.h"
#include "common/EmptyStateStack.h"
#include "monitor/CachedTextDelegate.h"
#include "monitor/MonitorTree.h"
#include "monitor/SparklineDelegate.h"
#include "common/DecorationDelegate.h"
#include "common/Icons.h"

namespace switchyard::widgets {

using models::MonitorModel;

MonitorView::MonitorView(MonitorModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("monitorView"));
    m_filter = new models::MonitorFilterModel(this);
    m_filter->setSourceModel(model);
    // One sort a second for every cluster: the poller's pace (MonitorPoller::kIntervalMs).
    m_filter->setRefreshInterval(1000);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("monitorFilter"));
    m_text->setPlaceholderText(tr("Filter by cluster, endpoint or version"));
    m_text->setClearButtonEnabled(true);
    m_onlyProblems = new QCheckBox(tr("Only problems"), this);
    m_onlyProblems->setObjectName(QStringLiteral("monitorOnlyProblems"));
    m_onlyProblems->setToolTip(tr("Endpoints and versions that are not Healthy or answered with a server "
                                  "error in the last second"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("monitorSummary"));

    m_tree = new MonitorTree(this);
    m_tree->setObjectName(QStringLiteral("monitorTree"));
    m_tree->setModel(m_filter);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(MonitorModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true); // the tree lays out thousands of rows cheaply
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    // Every repaint (several a second) would shape each cell's text again; the texts change once a second.
    m_tree->setItemDelegate(new CachedTextDelegate(m_tree));
    m_tree->setItemDelegateForColumn(
        MonitorModel::StateColumn,
        new DecorationDelegate(
            [](const QModelIndex& index) {
                return Icons::state(static_cast<HealthState>(index.data(MonitorModel::StateRole).toInt()));
            },
            m_tree));
    auto* sparklines = new SparklineDelegate(m_tree);
    m_tree->setItemDelegateForColumn(MonitorModel::RequestsTrendColumn, sparklines);
    m_tree->setItemDelegateForColumn(MonitorModel::P99TrendColumn, sparklines);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSortIndicatorShown(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::pair<int, int> widths[] = {
        {MonitorModel::ClusterColumn, 10},     {MonitorModel::NameColumn, 20},
        {MonitorModel::StateColumn, 13},       {MonitorModel::SplitColumn, 18},
        {MonitorModel::RequestsColumn, 10},    {MonitorModel::ClientErrorsColumn, 7},
        {MonitorModel::ServerErrorsColumn, 7}, {MonitorModel::P50Column, 9},
        {MonitorModel::P99Column, 9},          {MonitorModel::UtilizationColumn, 13},
        {MonitorModel::ReplicasColumn, 8},     {MonitorModel::RequestsTrendColumn, 14},
        {MonitorModel::P99TrendColumn, 14},    {MonitorModel::LastChangeColumn, 17},
    };
    for (const auto& [column, chars] : widths) {
        const int header = m_tree->header()->fontMetrics().horizontalAdvance(
                               model->headerData(column, Qt::Horizontal).toString()) +
                           4 * digit; // room for the sort arrow
        m_tree->setColumnWidth(column, std::max(chars * digit, header));
    }
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeView::doubleClicked, this, &MonitorView::onRowActivated);

    m_stack = new EmptyStateStack(m_tree, QStringLiteral("monitorEmpty"), this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_onlyProblems);
    bar->addWidget(m_summary);
    m_routeMissing = new QLabel(this);
    m_routeMissing->setObjectName(QStringLiteral("monitorRouteMissing"));
    m_routeMissing->setWordWrap(true);
    m_routeMissing->setTextFormat(Qt::PlainText);
    m_routeMissing->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_routeMissing);
    layout->addWidget(m_stack, 1);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text.trimmed());
        updateEmptyState();
    });
    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOnlyProblems(only);
        updateEmptyState();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &MonitorView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MonitorView::updateEmptyState);
    connect(model, &MonitorModel::problemCountChanged, this, &MonitorView::updateEmptyState);
    updateEmptyState();
}

bool MonitorView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_tree->currentIndex().isValid()) {
            onRowActivated(m_tree->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MonitorView::onRowActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    emit endpointActivated(index.data(MonitorModel::ClusterKeyRole).toString(),
                           index.data(MonitorModel::EndpointRole).toString());
}

void MonitorView::setClustersWithoutMonitor(const QStringList& names)
{
    m_withoutMonitor = names;
    m_routeMissing->setText(
        names.isEmpty()
            ? QString()
            : tr("%n cluster(s) cannot be shown here: %1. Its server answered 404 to GET /api/v1/monitor, so "
                 "it "
                 "is older than the Monitor; update switchyard-server there. Its endpoints still show in the "
                 "main view.",
                 nullptr, int(names.size()))
                  .arg(names.join(QStringLiteral(", "))));
    updateEmptyState();
}

QString MonitorView::routeMissingText() const
{
    return m_routeMissing->text();
}

void MonitorView::updateEmptyState()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    // Above the table when there is one; in its place when there is nothing else to show.
    m_routeMissing->setVisible(!m_withoutMonitor.isEmpty() && all > 0);
    if (all == 0 && !m_withoutMonitor.isEmpty())
        m_stack->setEmptyText(m_routeMissing->text());
    else if (all == 0)
        m_stack->setEmptyText(
            tr("No endpoints yet. Attach a cluster, or create an endpoint: its live figures "
               "show here within a second."));
    else if (m_onlyProblems->isChecked() && m_text->text().trimmed().isEmpty())
        m_stack->setEmptyText(tr("No problems: every endpoint is Healthy and answered without server errors "
                                 "in the last second."));
    else
        m_stack->setEmptyText(tr("No endpoint matches the filter."));
    m_stack->setEmpty(shown == 0);
    m_summary->setText(
        tr("%n endpoint(s) shown, %1 with problems", nullptr, shown).arg(m_model->problemCount()));
}

} // namespace switchyard::widgets
