#include "VersionDetail.h"

#include "ClusterSession.h"
#include "ReplicasView.h"
#include "VersionSettingsView.h"
#include "logs/LogView.h"
#include "score/ScoreTester.h"

namespace switchyard::widgets {

VersionDetail::VersionDetail(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("versionDetail"));
    setDocumentMode(true);
    m_settings = new VersionSettingsView(this);
    m_replicas = new ReplicasView(this);
    m_logs = new LogView(this);
    m_score = new ScoreTester(this);
    addTab(m_settings, tr("Settings"));
    addTab(m_replicas, tr("Replicas"));
    addTab(m_logs, tr("Logs"));
    addTab(m_score, tr("Score tester"));
    tabBar()->setObjectName(QStringLiteral("versionDetailTabs"));
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_logs && m_logs->text().isEmpty())
            m_logs->reload();
    });
}

int VersionDetail::addPage(QWidget* page, const QString& title)
{
    return addTab(page, title);
}

void VersionDetail::setTarget(models::ClusterSession* session, const QString& endpoint,
                              const QString& version)
{
    if (m_session != session) {
        if (m_session)
            m_session->disconnect(this);
        if (session)
            connect(session, &models::ClusterSession::focusedEndpointChanged, this,
                    &VersionDetail::updateSettings);
    }
    m_session = session;
    m_endpoint = endpoint;
    m_version = version;
    updateSettings();
    m_replicas->setTarget(session, endpoint, version);
    m_logs->setTarget(session, endpoint, version);
    m_score->setTarget(session, endpoint);
    m_score->setVersion(version);
    if (currentWidget() == m_logs)
        m_logs->reload();
}

void VersionDetail::updateSettings()
{
    const VersionInfo* version = nullptr;
    if (m_session && m_session->focusedEndpoint())
        version = m_session->focusedEndpoint()->findVersion(m_version.toStdString());
    m_settings->setVersion(version);
}

} // namespace switchyard::widgets
