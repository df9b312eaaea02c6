#include "AlertLogDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "AlertLogModel.h"
#include "AlertLogStore.h"

namespace switchyard::widgets {

using models::AlertLogModel;
using models::AlertLogStore;

AlertLogDialog::AlertLogDialog(AlertLogModel* log, const QString& keptIn, QWidget* parent)
    : QDialog(parent), m_log(log)
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
        {AlertLogModel::StartedColumn, 20}, {AlertLogModel::EndedColumn, 34},
        {AlertLogModel::ClusterColumn, 12}, {AlertLogModel::EndpointColumn, 12},
        {AlertLogModel::VersionColumn, 10}, {AlertLogModel::KindColumn, 20},
        {AlertLogModel::RuleColumn, 36},    {AlertLogModel::ValueColumn, 14},
    };
    for (const auto& [column, chars] : widths)
        m_table->setColumnWidth(column, chars * digit);

    auto* place = new QLabel(this);
    place->setObjectName(QStringLiteral("alertLogPlace"));
    place->setWordWrap(true);
    place->setTextInteractionFlags(Qt::TextSelectableByMouse);
    place->setText(
        keptIn.isEmpty()
            ? tr("This log is not kept after the console closes: its file could not be read nor set "
                 "aside (the console's log says why).")
            : tr("Kept across console sessions in %1: the last %2 episodes, none older than %3 days. "
                 "An alert still firing when the console closed ends there as \"console closed\".")
                  .arg(QDir::toNativeSeparators(keptIn), QLocale().toString(AlertLogStore::kMaxEpisodes),
                       QLocale().toString(AlertLogStore::kMaxAgeDays)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(place);
    layout->addWidget(buttons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(log, signal, this, &AlertLogDialog::updateSummary);
    connect(log, &QAbstractItemModel::dataChanged, this, &AlertLogDialog::updateSummary);
    updateSummary();
    resize(180 * digit, 45 * digit);
}

void AlertLogDialog::updateSummary()
{
    int firing = 0;
    for (int row = 0; row < m_log->rowCount(); ++row)
        firing += m_log->index(row, 0).data(AlertLogModel::FiringRole).toBool();
    if (m_log->rowCount() == 0)
        m_summary->setText(tr("No alert has fired yet."));
    else
        m_summary->setText(
            tr("%n episode(s) in the log, %1 firing now", nullptr, m_log->rowCount()).arg(firing));
}

} // namespace switchyard::widgets
