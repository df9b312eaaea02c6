#include "ClusterDetailsView.h"

#include <algorithm>

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QLocale>
#include <QVBoxLayout>

#include "BackendText.h"
#include "StateText.h"

namespace switchyard::widgets {
namespace {

QLabel* selectableLabel(const QString& name, Qt::TextFormat format, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(format);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void fill(QProgressBar* bar, double used, double total, const QString& format)
{
    bar->setRange(0, 1000);
    bar->setValue(total > 0 ? static_cast<int>(1000 * std::min(1.0, used / total)) : 0);
    bar->setFormat(format);
}

} // namespace

ClusterDetailsView::ClusterDetailsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("clusterDetailsView"));
    m_summary = selectableLabel(QStringLiteral("clusterDetails"), Qt::RichText, this);
    m_backend = selectableLabel(QStringLiteral("clusterBackend"), Qt::PlainText, this);
    m_identity = selectableLabel(QStringLiteral("clusterIdentity"), Qt::PlainText, this);
    // A degraded backend still routes to the replicas it knows, so the console keeps working; the
    // warning is what tells the operator that new replicas, scaling and logs may not follow.
    m_warning = selectableLabel(QStringLiteral("clusterBackendWarning"), Qt::PlainText, this);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #8a3c00; border: 1px solid "
                                            "#ef6c00; border-radius: 3px; padding: 4px; }"));
    m_cpu = new QProgressBar(this);
    m_cpu->setObjectName(QStringLiteral("clusterCpu"));
    m_memory = new QProgressBar(this);
    m_memory->setObjectName(QStringLiteral("clusterMemory"));
    // The server's sentences are shown as they are, never as markup.
    m_error = selectableLabel(QStringLiteral("clusterError"), Qt::PlainText, this);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(models::StateText::errorColor().name()));
    // libcurl's sentence helps whoever digs further, but is not the message: one click away.
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("clusterErrorDetails"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_errorDetail = selectableLabel(QStringLiteral("clusterErrorDetail"), Qt::PlainText, this);
    m_errorDetail->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_errorDetail->setVisible(open && !m_errorDetail->text().isEmpty());
    });
    m_stale = selectableLabel(QStringLiteral("clusterStale"), Qt::PlainText, this);
    m_stale->setStyleSheet(QStringLiteral("QLabel { color: %1; font-style: italic; }")
                               .arg(models::StateText::staleColor().name()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_identity);
    layout->addWidget(m_backend);
    layout->addWidget(m_warning);
    layout->addWidget(m_cpu);
    layout->addWidget(m_memory);
    layout->addWidget(m_stale);
    layout->addWidget(m_error);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_errorDetail);
    clear();
}

void ClusterDetailsView::showIdentity(const QString& name, const QString& role, bool bootstrap)
{
    m_identity->setVisible(!name.isEmpty());
    if (name.isEmpty())
        return m_identity->clear();
    m_identity->setText(bootstrap ? tr("Signed in with the cluster's admin token (%1)").arg(role)
                                  : tr("Signed in as %1 (%2)").arg(name, role));
}

void ClusterDetailsView::clear()
{
    m_summary->clear();
    m_identity->clear();
    m_identity->setVisible(false);
    for (QWidget* w : {static_cast<QWidget*>(m_backend), static_cast<QWidget*>(m_warning),
                       static_cast<QWidget*>(m_cpu), static_cast<QWidget*>(m_memory),
                       static_cast<QWidget*>(m_error), static_cast<QWidget*>(m_detailsButton),
                       static_cast<QWidget*>(m_errorDetail), static_cast<QWidget*>(m_stale)})
        w->setVisible(false);
}

void ClusterDetailsView::showCluster(const QString& name, const QString& url,
                                     const std::optional<ClusterInfo>& cluster, const QString& error,
                                     const QString& errorDetail, const QDateTime& staleSince)
{
    QString summary = QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), url.toHtmlEscaped());
    if (cluster)
        summary +=
            QStringLiteral("<br>") + tr("Purpose: %1 · server %2")
                                         .arg(QString::fromStdString(cluster->purpose).toHtmlEscaped(),
                                              QString::fromStdString(cluster->serverVersion).toHtmlEscaped());
    m_summary->setText(summary);

    m_backend->setVisible(cluster.has_value());
    m_cpu->setVisible(cluster.has_value());
    m_memory->setVisible(cluster.has_value());
    const QString warning = cluster ? models::BackendText::warning(*cluster) : QString();
    m_warning->setVisible(!warning.isEmpty());
    m_warning->setText(warning);
    if (cluster) {
        m_backend->setText(tr("Backend: %1").arg(models::BackendText::describe(*cluster)));
        fill(m_cpu, cluster->allocated.cpuCores, cluster->capacity.cpuCores,
             tr("CPU %1 of %2 cores")
                 .arg(QLocale().toString(cluster->allocated.cpuCores, 'f', 1))
                 .arg(QLocale().toString(cluster->capacity.cpuCores, 'f', 1)));
        fill(m_memory, cluster->allocated.memoryGb, cluster->capacity.memoryGb,
             tr("Memory %1 of %2 GB")
                 .arg(QLocale().toString(cluster->allocated.memoryGb, 'f', 1))
                 .arg(QLocale().toString(cluster->capacity.memoryGb, 'f', 1)));
    }
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
    m_errorDetail->setText(errorDetail);
    m_errorDetail->setVisible(!errorDetail.isEmpty() && m_detailsButton->isChecked());
    m_detailsButton->setVisible(!error.isEmpty() && !errorDetail.isEmpty());
    m_error->setToolTip(errorDetail);

    // Old figures stay on screen (they are still the best guess) but greyed, and say how old they are.
    const bool stale = cluster && staleSince.isValid();
    m_stale->setVisible(stale);
    m_stale->setText(stale ? tr("Figures %1, not confirmed since.").arg(models::StateText::asOf(staleSince))
                           : QString());
    for (QWidget* w : {static_cast<QWidget*>(m_backend), static_cast<QWidget*>(m_cpu),
                       static_cast<QWidget*>(m_memory), static_cast<QWidget*>(m_summary)})
        w->setEnabled(!stale);
}

} // namespace switchyard::widgets
