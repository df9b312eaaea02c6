#include "ReplicasView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

#include "ClusterSession.h"
#include "ReplicaTableModel.h"

namespace switchyard::widgets {

ReplicasView::ReplicasView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("replicasView"));
    m_model = new models::ReplicaTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("replicasTable"));
    m_table->setAccessibleName(tr("Replicas"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("replicasStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ReplicasView::reload);
}

void ReplicasView::setTarget(models::ClusterSession* session, const QString& endpoint, const QString& version)
{
    if (session == m_session && endpoint == m_endpoint && version == m_version)
        return;
    m_session = session;
    m_endpoint = endpoint;
    m_version = version;
    ++m_generation; // an answer for the previous version is dropped
    m_inFlight = false;
    m_model->clear();
    m_status->setText(version.isEmpty() ? tr("Select a version to see its replicas.") : QString());
    if (isVisible())
        reload();
}

QString ReplicasView::statusText() const
{
    return m_status->text();
}

void ReplicasView::reload()
{
    if (!m_session || m_endpoint.isEmpty() || m_version.isEmpty() || m_inFlight)
        return;
    m_inFlight = true;
    const int generation = m_generation;
    m_session->fetchReplicas(
        m_endpoint, m_version, this,
        [this, generation](const client::ApiResult<std::vector<ReplicaStatus>>& result) {
            if (generation != m_generation)
                return;
            m_inFlight = false;
            if (!result.ok()) {
                m_status->setText(tr("Could not list the replicas: %1")
                                      .arg(QString::fromStdString(client::describe(result))));
                return;
            }
            const auto count = int(result.value().size());
            m_model->setReplicas(result.value());
            m_status->setText(count == 0
                                  ? tr("No replicas yet (as of %1).")
                                        .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                                  : tr("%n replica(s), as of %1.", nullptr, count)
                                        .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        });
}

void ReplicasView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
    m_timer.start();
}

void ReplicasView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace switchyard::widgets
