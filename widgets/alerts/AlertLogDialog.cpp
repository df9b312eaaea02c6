#include "AlertLogDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "AlertLogModel.h"

namespace switchyard::widgets {

using models::AlertLogModel;

AlertLogDialog::AlertLogDialog(AlertLogModel* log, QWidget* parent) : QDialog(parent), m_log(log)
{
    setObjectName(QStringLiteral("alertLogDialog"));
    setWindowTitle(tr("Alert log"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertLogSummary"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("alertLogTable"));
    m_table->setModel(log);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::pair<int, int> widths[] = {
        {AlertLogModel::StartedColumn, 20}, {AlertLogModel::EndedColumn, 20},
        {AlertLogModel::ClusterColumn, 12}, {AlertLogModel::EndpointColumn, 12},
        {AlertLogModel::VersionColumn, 10}, {AlertLogModel::KindColumn, 20},
        {AlertLogModel::RuleColumn, 36},    {AlertLogModel::ValueColumn, 14},
    };
    for (const auto& [column, chars] : widths)
        m_table->setColumnWidth(column, chars * digit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(log, signal, this, &AlertLogDialog::updateSummary);
    connect(log, &QAbstractItemModel::dataChanged, this, &AlertLogDialog::updateSummary);
    updateSummary();
    resize(165 * digit, 45 * digit);
}

void AlertLogDialog::updateSummary()
{
    int firing = 0;
    for (int row = 0; row < m_log->rowCount(); ++row)
        firing += m_log->index(row, 0).data(AlertLogModel::FiringRole).toBool();
    if (m_log->rowCount() == 0)
        m_summary->setText(tr("No alert has fired since the console started."));
    else
        m_summary->setText(
            tr("%n episode(s) since the console started, %1 firing now", nullptr, m_log->rowCount())
                .arg(firing));
}

} // namespace switchyard::widgets
