#include "ConnectivityDialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace switchyard::widgets {

ConnectivityDialog::ConnectivityDialog(models::ClusterProfile profile, QWidget* parent)
    : QDialog(parent), m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("connectivityDialog"));
    setWindowTitle(tr("Connectivity check — %1").arg(m_profile.url));
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("connectivityResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Step"), tr("Result")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setWordWrap(true);
    const QString steps[StepCount] = {tr("Name resolution"), tr("TCP connect"),
                                      tr("TLS handshake and certificate"), tr("API authentication")};
    for (const auto& step : steps)
        new QTreeWidgetItem(m_results, {step, QString()});
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("connectivitySummary"));
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    connect(m_again, &QPushButton::clicked, this, &ConnectivityDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_check = new models::ConnectivityCheck(m_profile, this);
    connect(m_check, &models::ConnectivityCheck::stepReported, this,
            [this](int step, bool ok, const QString& text) { report(static_cast<Step>(step), ok, text); });
    connect(m_check, &models::ConnectivityCheck::stepsSkipped, this, [this](int step, const QString& reason) {
        for (int i = step; i < StepCount; ++i)
            m_results->topLevelItem(i)->setText(1, tr("— not tried: %1").arg(reason));
    });
    connect(m_check, &models::ConnectivityCheck::finished, this, &ConnectivityDialog::finish);
    resize(780, 300);
}

void ConnectivityDialog::start()
{
    m_finished = false;
    m_again->setEnabled(false);
    for (int i = 0; i < StepCount; ++i) {
        m_passed[i] = false;
        m_results->topLevelItem(i)->setText(1, QString());
        m_results->topLevelItem(i)->setForeground(1, palette().text());
    }
    m_summary->setText(tr("Checking…"));
    m_check->start();
}

void ConnectivityDialog::report(Step step, bool ok, const QString& text)
{
    m_passed[step] = ok;
    auto* item = m_results->topLevelItem(step);
    item->setText(1, (ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text);
    item->setForeground(1, ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    item->setToolTip(1, text);
}

void ConnectivityDialog::finish()
{
    m_finished = true;
    m_again->setEnabled(true);
    bool all = true;
    for (int i = 0; i < StepCount; ++i)
        all = all && m_passed[i];
    m_summary->setText(all ? tr("The cluster is reachable and accepts the admin token.")
                           : tr("Fix the first failing step; the steps after it depend on it."));
}

QString ConnectivityDialog::resultOf(Step step) const
{
    return m_results->topLevelItem(step)->text(1);
}

bool ConnectivityDialog::passed(Step step) const
{
    return m_passed[step];
}

} // namespace switchyard::widgets
