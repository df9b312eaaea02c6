#pragma once

#include <QPointer>
#include <QTabWidget>

namespace switchyard::models {
class ClusterSession;
}

namespace switchyard::widgets {

class LogView;
class ReplicasView;
class ScoreTester;
class VersionSettingsView;

// The detail area for the selected version: settings, replicas, logs and the score tester. Later features add
// their tabs with addPage() (traffic, charts, keys) without touching the others.
class VersionDetail final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionDetail)

public:
    explicit VersionDetail(QWidget* parent = nullptr);

    void setTarget(models::ClusterSession* session, const QString& endpoint, const QString& version);
    int addPage(QWidget* page, const QString& title);

    VersionSettingsView* settings() const { return m_settings; }
    ReplicasView* replicas() const { return m_replicas; }
    LogView* logs() const { return m_logs; }
    ScoreTester* scoreTester() const { return m_score; }

private:
    void updateSettings();

    QPointer<models::ClusterSession> m_session;
    QString m_endpoint;
    QString m_version;
    VersionSettingsView* m_settings = nullptr;
    ReplicasView* m_replicas = nullptr;
    LogView* m_logs = nullptr;
    ScoreTester* m_score = nullptr;
};

} // namespace switchyard::widgets
